//! Loa's audio engine (radio bulletins and loudspeaker files). Work in progress: modules are
//! added as they land.
