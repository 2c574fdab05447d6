//! Turns the domain's SVG element tree into DOM nodes with createElementNS, setAttribute and textContent.
//! Nothing is parsed as markup, so no text in a chart can become HTML or script.

use sansang_core::domain::chart::{SvgNode, SVG_NS};

/// Builds the DOM element for `node` and its children.
pub fn render(node: &SvgNode) -> Option<web_sys::Element> {
    let document = web_sys::window()?.document()?;
    build(&document, node)
}

fn build(document: &web_sys::Document, node: &SvgNode) -> Option<web_sys::Element> {
    let element = document.create_element_ns(Some(SVG_NS), node.tag).ok()?;
    for (name, value) in &node.attrs {
        element.set_attribute(name, value).ok()?;
    }
    if let Some(text) = &node.text {
        element.set_text_content(Some(text));
    }
    for child in &node.children {
        let child = build(document, child)?;
        element.append_child(&child).ok()?;
    }
    Some(element)
}

/// Replaces the children of `host` with `element`.
pub fn mount_into(host: &web_sys::Element, element: &web_sys::Element) {
    while let Some(child) = host.first_child() {
        let _ = host.remove_child(&child);
    }
    let _ = host.append_child(element);
}
