//! Serialized shapes: content files, saved assessments and exports. The only module that derives serde.
