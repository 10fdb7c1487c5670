//! Whether the hub is still filling in its list; the hand-over from the prerendered copy waits
//! for it, so the live page never shows fewer cards than the copy it replaces.

use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct HubBusy(RwSignal<bool>);

impl HubBusy {
    pub fn is_busy(&self) -> bool {
        self.0.get()
    }

    pub fn set(&self, busy: bool) {
        self.0.set(busy);
    }
}

pub fn provide_hub_busy(initially: bool) -> HubBusy {
    let busy = HubBusy(RwSignal::new(initially));
    provide_context(busy);
    busy
}
