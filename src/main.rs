//! Entry point of the browser app: install the panic hook, then mount the root component.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(sansang_app::app::App);
    sansang_app::platform::web::register_service_worker();
}
