use crate::discover::origin_text;
use crate::error::ResolveError;
use crate::plugin::Plugin;

/// The plugins available to a run.
#[derive(Debug, Default)]
pub struct Registry {
    pub plugins: Vec<Plugin>,
}

impl Registry {
    pub fn new(plugins: Vec<Plugin>) -> Registry {
        Registry { plugins }
    }

    pub fn get(&self, name: &str) -> Option<&Plugin> {
        self.plugins.iter().find(|p| p.info.name == name)
    }

    /// Names of the available plugins, sorted.
    pub fn names(&self) -> Vec<String> {
        let mut names: Vec<String> = self.plugins.iter().map(|p| p.info.name.clone()).collect();
        names.sort();
        names
    }
}

/// The plugins to run for `requested`, each after the plugins it requires, requirements pulled in
/// even when not requested. Requested plugins keep their order where requirements allow.
pub fn resolve<'r>(
    registry: &'r Registry,
    requested: &[String],
) -> Result<Vec<&'r Plugin>, ResolveError> {
    let mut order: Vec<&Plugin> = Vec::new();
    let mut path: Vec<String> = Vec::new();
    for name in requested {
        let plugin = registry.get(name).ok_or_else(|| ResolveError::Unknown {
            name: name.clone(),
            available: registry.names(),
        })?;
        visit(registry, plugin, &mut path, &mut order)?;
    }
    Ok(order)
}

fn visit<'r>(
    registry: &'r Registry,
    plugin: &'r Plugin,
    path: &mut Vec<String>,
    order: &mut Vec<&'r Plugin>,
) -> Result<(), ResolveError> {
    let name = &plugin.info.name;
    if order.iter().any(|p| &p.info.name == name) {
        return Ok(());
    }
    if let Some(at) = path.iter().position(|p| p == name) {
        let mut cycle = path[at..].to_vec();
        cycle.push(name.clone());
        return Err(ResolveError::Cycle { cycle });
    }
    path.push(name.clone());
    for requirement in &plugin.info.requires {
        let required =
            registry
                .get(requirement)
                .ok_or_else(|| ResolveError::MissingRequirement {
                    plugin: name.clone(),
                    origin: origin_text(&plugin.origin),
                    requirement: requirement.clone(),
                    available: registry.names(),
                })?;
        visit(registry, required, path, order)?;
    }
    path.pop();
    order.push(plugin);
    Ok(())
}
