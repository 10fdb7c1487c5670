//! Entry point: install the panic screen, then mount the app.

fn main() {
    company_interview_hubs::panic_screen::install();
    leptos::mount::mount_to_body(company_interview_hubs::app::App);
}
