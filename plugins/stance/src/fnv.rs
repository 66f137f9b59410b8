// FNV-1a (64 bits) of model feature names. Also included by `build.rs`, which hashes the names of
// `data/model.tsv` with it: keep the two in step (the build script reruns when this file changes).

/// FNV-1a of `bytes`.
#[allow(dead_code)]
pub fn fnv1a(bytes: &[u8]) -> u64 {
    FeatureHash::new().bytes(bytes).finish()
}

/// FNV-1a fed piece by piece: the hash of a feature name without building the name.
#[allow(dead_code)]
#[derive(Clone, Copy)]
pub struct FeatureHash(u64);

impl Default for FeatureHash {
    fn default() -> FeatureHash {
        FeatureHash::new()
    }
}

#[allow(dead_code)]
impl FeatureHash {
    pub const fn new() -> FeatureHash {
        FeatureHash(0xcbf2_9ce4_8422_2325)
    }

    #[inline]
    pub fn bytes(mut self, bytes: &[u8]) -> FeatureHash {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
        self
    }

    #[inline]
    pub fn str(self, s: &str) -> FeatureHash {
        self.bytes(s.as_bytes())
    }

    pub fn finish(self) -> u64 {
        self.0
    }
}
