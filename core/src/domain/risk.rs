//! The AI Law's vocabulary of roles (Art. 3) and risk tiers (Art. 9), as closed enums.

use super::text::Text;

/// What an organisation is, for one AI system (AI Law Art. 3). An organisation may hold several roles for
/// the same system.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    /// Nhà phát triển: designs, builds or trains the system.
    Developer,
    /// Nhà cung cấp: places the system on the market or puts it into service under its own name.
    Provider,
    /// Bên triển khai: uses the system professionally, under its own authority.
    Deployer,
    /// Người sử dụng: interacts with or uses the system's output.
    User,
}

impl Role {
    /// Every role, in the Law's order.
    pub const ALL: [Role; 4] = [Role::Developer, Role::Provider, Role::Deployer, Role::User];

    /// The id used in content files (`"provider"`).
    pub fn id(self) -> &'static str {
        match self {
            Role::Developer => "developer",
            Role::Provider => "provider",
            Role::Deployer => "deployer",
            Role::User => "user",
        }
    }

    /// Parses a content id (`"deployer"`).
    pub fn from_id(id: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|role| role.id() == id)
    }

    /// The fact a triage option sets when the organisation holds this role for a system (`"role.provider"`).
    pub fn fact(self) -> &'static str {
        match self {
            Role::Developer => "role.developer",
            Role::Provider => "role.provider",
            Role::Deployer => "role.deployer",
            Role::User => "role.user",
        }
    }

    /// The official name of the role.
    pub fn label(self) -> Text {
        let (vi, en) = match self {
            Role::Developer => ("Nhà phát triển", "Developer"),
            Role::Provider => ("Nhà cung cấp", "Provider"),
            Role::Deployer => ("Bên triển khai", "Deployer"),
            Role::User => ("Người sử dụng", "User"),
        };
        Text::new(vi, en)
    }
}

/// The risk tier of one AI system, as triage decides it. Ordered from most to least severe.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Tier {
    /// A prohibited practice (AI Law Art. 7): must not be developed or deployed.
    Prohibited,
    /// High risk (Art. 9(1)(a)), e.g. on the Prime Minister's List.
    High,
    /// Unresolved: the Decision 33 List has not been checked, or the check is unsure. Not a legal tier: the
    /// system is high risk if it is on the List and medium or low otherwise; triage shows both outcomes
    /// and binds only the duties common to both (docs/triage.md).
    Unresolved,
    /// Medium risk (Art. 9(1)(b)): mainly transparency duties.
    Medium,
    /// Low risk (Art. 9(1)(c)).
    Low,
    /// Outside the AI Law (e.g. defence and security only, Art. 1(2), or not an AI system).
    OutOfScope,
}

impl Tier {
    /// Every tier, most severe first.
    pub const ALL: [Tier; 6] = [
        Tier::Prohibited,
        Tier::High,
        Tier::Unresolved,
        Tier::Medium,
        Tier::Low,
        Tier::OutOfScope,
    ];

    /// The id used in content files (`"unresolved"`).
    pub fn id(self) -> &'static str {
        match self {
            Tier::Prohibited => "prohibited",
            Tier::High => "high",
            Tier::Unresolved => "unresolved",
            Tier::Medium => "medium",
            Tier::Low => "low",
            Tier::OutOfScope => "out_of_scope",
        }
    }

    /// Parses a content id (`"medium"`).
    pub fn from_id(id: &str) -> Option<Tier> {
        Tier::ALL.into_iter().find(|tier| tier.id() == id)
    }

    /// Whether the tier is a legal outcome (every tier but [`Tier::Unresolved`]).
    pub fn is_resolved(self) -> bool {
        self != Tier::Unresolved
    }

    /// Whether the AI Law applies to a system of this tier at all.
    pub fn in_scope(self) -> bool {
        self != Tier::OutOfScope
    }

    /// The tier's name, in the Law's terms.
    pub fn label(self) -> Text {
        let (vi, en) = match self {
            Tier::Prohibited => ("Bị nghiêm cấm", "Prohibited"),
            Tier::High => ("Rủi ro cao", "High risk"),
            Tier::Unresolved => (
                "Chưa xác định: cần đối chiếu Danh mục",
                "Unresolved: check the List",
            ),
            Tier::Medium => ("Rủi ro trung bình", "Medium risk"),
            Tier::Low => ("Rủi ro thấp", "Low risk"),
            Tier::OutOfScope => ("Ngoài phạm vi", "Out of scope"),
        };
        Text::new(vi, en)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip() {
        for role in Role::ALL {
            assert_eq!(Role::from_id(role.id()), Some(role));
            assert_eq!(role.fact(), format!("role.{}", role.id()));
        }
        for tier in Tier::ALL {
            assert_eq!(Tier::from_id(tier.id()), Some(tier));
        }
        assert_eq!(Role::from_id("Provider"), None);
        assert_eq!(Tier::from_id("possibly_high"), None);
        assert_eq!(Tier::from_id("Unresolved"), None);
    }

    #[test]
    fn only_out_of_scope_is_out_of_scope() {
        let out: Vec<Tier> = Tier::ALL.into_iter().filter(|t| !t.in_scope()).collect();
        assert_eq!(out, [Tier::OutOfScope]);
    }
}
