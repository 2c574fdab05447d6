//! The on-demand module: a web worker (trunk `data-type="worker"`) that answers `sansang_app::worker` requests.

fn main() {
    sansang_app::platform::worker::serve(sansang_app::worker::handle);
}
