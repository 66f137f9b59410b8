//! The unsafe half of the plugin side, kept in one place so plugin code needs none.

use analyze_core::Analyzer;
use analyze_protocol::abi::RawBuffer;
use std::cell::{Cell, RefCell};
use std::sync::Once;

thread_local! {
    /// Set while plugin code runs on this thread, so the panic hook knows the panic is ours.
    pub(crate) static IN_PLUGIN_CALL: Cell<bool> = const { Cell::new(false) };
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Installs, once per copy of the standard library, a panic hook that records the message and
/// location of a panic inside a plugin call (to return it as an error reply) instead of printing
/// it, and leaves every other panic to the previous hook.
pub(crate) fn install_panic_hook() {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if IN_PLUGIN_CALL.with(Cell::get) {
                let message = info
                    .payload()
                    .downcast_ref::<&str>()
                    .map(|s| (*s).to_owned())
                    .or_else(|| info.payload().downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "unknown panic".to_owned());
                let message = match info.location() {
                    Some(at) => format!("{message} (at {}:{})", at.file(), at.line()),
                    None => message,
                };
                LAST_PANIC.with(|last| *last.borrow_mut() = Some(message));
            } else {
                previous(info);
            }
        }));
    });
}

pub(crate) fn take_panic_message() -> Option<String> {
    LAST_PANIC.with(|last| last.borrow_mut().take())
}

pub fn guarded_info<A: Analyzer>(instance: fn() -> &'static A) -> Vec<u8> {
    // Building the analyzer may panic too; `handle_info` guards the rest.
    match std::panic::catch_unwind(instance) {
        Ok(analyzer) => crate::handle_info(analyzer),
        Err(_) => error_info("building the analyzer panicked"),
    }
}

pub fn guarded_analyze<A: Analyzer>(instance: fn() -> &'static A, request: &[u8]) -> Vec<u8> {
    install_panic_hook();
    IN_PLUGIN_CALL.with(|flag| flag.set(true));
    let analyzer = std::panic::catch_unwind(instance);
    IN_PLUGIN_CALL.with(|flag| flag.set(false));
    match analyzer {
        Ok(analyzer) => crate::handle_request(analyzer, request),
        Err(_) => {
            let message = take_panic_message().unwrap_or_else(|| "unknown panic".to_owned());
            error_reply(&format!("building the analyzer panicked: {message}"))
        }
    }
}

fn error_info(message: &str) -> Vec<u8> {
    let info = analyze_protocol::PluginInfo {
        api_version: analyze_protocol::API_VERSION,
        name: String::new(),
        version: String::new(),
        description: message.to_owned(),
        requires: Vec::new(),
    };
    serde_json::to_vec(&info).unwrap_or_default()
}

fn error_reply(message: &str) -> Vec<u8> {
    let reply: analyze_protocol::Reply = analyze_protocol::Reply {
        api_version: analyze_protocol::API_VERSION,
        result: analyze_protocol::ReplyResult::Error {
            message: message.to_owned(),
        },
    };
    serde_json::to_vec(&reply).unwrap_or_default()
}

/// Borrows the request bytes the host passed in.
///
/// # Safety
/// `ptr` must point to `len` initialised bytes that outlive the returned slice, or be null.
pub unsafe fn borrow_request<'a>(ptr: *const u8, len: usize) -> &'a [u8] {
    if ptr.is_null() || len == 0 {
        return &[];
    }
    // SAFETY: guaranteed by the caller.
    unsafe { std::slice::from_raw_parts(ptr, len) }
}

/// Hands a buffer to the host; it comes back through [`free_raw`].
pub fn into_raw(bytes: Vec<u8>) -> RawBuffer {
    let mut bytes = std::mem::ManuallyDrop::new(bytes);
    RawBuffer {
        ptr: bytes.as_mut_ptr(),
        len: bytes.len(),
        cap: bytes.capacity(),
    }
}

/// Frees a buffer made by [`into_raw`] in this same library.
///
/// # Safety
/// `buffer` must come from [`into_raw`] of this library and be freed only once.
pub unsafe extern "C" fn free_raw(buffer: RawBuffer) {
    if buffer.ptr.is_null() {
        return;
    }
    // SAFETY: the buffer was made by `into_raw` from a Vec with exactly these parts.
    drop(unsafe { Vec::from_raw_parts(buffer.ptr, buffer.len, buffer.cap) });
}
