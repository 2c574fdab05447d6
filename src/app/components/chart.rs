//! A chart from the domain's SVG tree, with its data table as an alternative view.

use leptos::html::Div;
use leptos::prelude::*;
use sansang_core::domain::chart::{SvgNode, Table};

use crate::app::state::use_app_state;
use crate::i18n;
use crate::platform::svg;

/// Renders `node` (role="img", with its own title and description) and a disclosure with the data table.
#[component]
pub fn Chart(node: SvgNode, table: Table, #[prop(into)] class: String) -> impl IntoView {
    let state = use_app_state();
    let lang = state.lang.get_untracked();
    let host = NodeRef::<Div>::new();
    let node = StoredValue::new(node);
    Effect::new(move |_| {
        if let (Some(host), Some(element)) = (host.get(), node.with_value(svg::render)) {
            svg::mount_into(&host, &element);
        }
    });
    view! {
        <figure class=format!("chart {class}")>
            <div class="chart__svg" node_ref=host tabindex="0"></div>
            <details class="chart__table">
                <summary>{i18n::SHOW_AS_TABLE.get(lang)}</summary>
                <table class="data-table">
                    <caption>{table.caption.clone()}</caption>
                    <thead><tr>{table.headers.iter().enumerate().map(|(i, h)| if i == 0 {
                        view! { <th scope="col">{h.clone()}</th> }.into_any()
                    } else {
                        view! { <th scope="col" class="num">{h.clone()}</th> }.into_any()
                    }).collect_view()}</tr></thead>
                    <tbody>{table.rows.iter().map(|row| view! {
                        <tr>{row.iter().enumerate().map(|(i, cell)| if i == 0 {
                            view! { <th scope="row">{cell.clone()}</th> }.into_any()
                        } else {
                            view! { <td class="num">{cell.clone()}</td> }.into_any()
                        }).collect_view()}</tr>
                    }).collect_view()}</tbody>
                </table>
            </details>
        </figure>
    }
}
