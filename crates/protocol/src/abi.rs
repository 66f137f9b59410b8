//! The C ABI between the host and a plugin library.
//!
//! A plugin library named `libNAME.so` (`NAME.dll`, `libNAME.dylib`), where NAME is the crate
//! name cargo gives the library, exports two symbols:
//! - `NAME_abi_version` ([`probe_symbol`]): `extern "C" fn() -> u32`, returning the plugin's
//!   [`crate::ABI_VERSION`]. The host calls it first and goes no further if the number differs
//!   from its own.
//! - `NAME_vtable` ([`vtable_symbol`]): `extern "C" fn() -> *const PluginVTable`, a static
//!   function table.
//!
//! The symbols carry the crate name so that several plugins can be linked into one program
//! (tests, the evaluation tool) without their exports colliding.
//!
//! Every call exchanges UTF-8 JSON. Buffers returned by the plugin are owned by the plugin and
//! must be handed back to its `free` function; the host never frees them with its own allocator.
//! Request bytes passed to the plugin stay owned by the host and are only borrowed for the call.

/// The library name a plugin file carries: `libanalyze_plugin_quotes.so` -> `analyze_plugin_quotes`.
pub fn library_name(file_name: &str) -> &str {
    let name = file_name.strip_prefix("lib").unwrap_or(file_name);
    name.split('.').next().unwrap_or(name)
}

/// Name of the version probe symbol of the library called `library` (see [`library_name`]).
pub fn probe_symbol(library: &str) -> String {
    format!("{library}_abi_version")
}

/// Name of the function table symbol of the library called `library`.
pub fn vtable_symbol(library: &str) -> String {
    format!("{library}_vtable")
}

/// Signature of the version probe.
pub type ProbeFn = unsafe extern "C" fn() -> u32;
/// Signature of the function that returns the table.
pub type VTableFn = unsafe extern "C" fn() -> *const PluginVTable;

/// Bytes allocated by one side and handed to the other. `cap` lets the allocating side rebuild
/// its own `Vec` to free it.
#[repr(C)]
#[derive(Debug)]
pub struct RawBuffer {
    pub ptr: *mut u8,
    pub len: usize,
    pub cap: usize,
}

/// The functions a plugin exports, all taking and returning JSON.
#[repr(C)]
pub struct PluginVTable {
    /// Repeats the ABI version, so a table reached by mistake is caught.
    pub abi_version: u32,
    /// Returns a [`crate::PluginInfo`] as JSON.
    pub info: unsafe extern "C" fn() -> RawBuffer,
    /// Takes a [`crate::Request`] as JSON (`ptr`, `len`) and returns a [`crate::Reply`] as JSON.
    pub analyze: unsafe extern "C" fn(ptr: *const u8, len: usize) -> RawBuffer,
    /// Frees a buffer that `info` or `analyze` returned.
    pub free: unsafe extern "C" fn(buffer: RawBuffer),
}
