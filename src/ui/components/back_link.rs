//! The link back to the hub, at the top of every page but the hub.

use crate::state::last_hub::LastHubView;
use leptos::prelude::*;

/// "← Back to company interview hubs", to the hub view this tab last showed (its filters too).
#[component]
pub fn BackLink() -> impl IntoView {
    let last_hub = expect_context::<LastHubView>();
    view! {
        <a class="back-link" href=Signal::derive(move || crate::browser::base_path::link(&last_hub.route()))>
            <span aria-hidden="true">"← "</span>
            "Back to company interview hubs"
        </a>
    }
}
