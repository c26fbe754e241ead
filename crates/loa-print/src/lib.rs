//! Print products: posters, tri-fold leaflets and legal handbooks, laid out into page display
//! lists ([`doc`]) and written as press PDFs, tagged PDF/UA editions (the easy-read ones from
//! [`easy`]), imposed editions and PNG previews.

pub mod doc;
pub mod easy;
pub mod pdf;
pub mod png;
pub mod qr;
pub mod layout;
pub mod limits;
pub mod leaflet;
pub mod poster;
pub mod render;
pub mod handbook;
pub mod template;
pub mod script;
pub mod ticket;
pub mod metadata;
