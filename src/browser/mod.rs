//! The browser: every call into the DOM, storage, files, timers and the network, each job in
//! its own file. Builds on `model`; knows nothing of `state` or `ui`.

pub mod base_path;
pub mod clock;
pub mod dom;
pub mod effect;
pub mod events;
pub mod fetch;
pub mod files;
pub mod focus;
pub mod head;
pub mod hydration;
pub mod panic_screen;
pub mod perf;
pub mod storage;
pub mod timer;
