//! `sansang`: the native command.

fn main() {
    println!("sansang {}", env!("CARGO_PKG_VERSION"));
}
