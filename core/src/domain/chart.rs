//! Charts drawn by pure code: a radar chart ([`radar`], one axis per section) and a horizontal bar chart
//! ([`bars`], one row per section), each as a small SVG element tree with a title and a description, plus
//! a data-table alternative ([`table`]) for screen readers and reports.
//!
//! * The output is an [`SvgNode`] tree. The app walks it and creates DOM nodes (`createElementNS` with
//!   [`SVG_NS`], `setAttribute`, `textContent`: an element has either `text` or `children`, never both);
//!   reports embed [`SvgNode::to_svg_string`], which escapes every text and attribute value.
//! * The root is `<svg role="img" aria-labelledby="<id>-title <id>-desc">` with `<title>` and `<desc>` and a
//!   `viewBox` but no fixed size, so it scales to its container. Sizes are in viewBox units.
//! * Geometry numbers have at most two decimals and always a '.'; only visible text follows the [`Lang`]
//!   (`72,5` in Vietnamese). The same input always gives the same output.
//! * Values are clamped to 0–100; `None`, NaN and infinities mean "not applicable" (no score).
//! * Colours are CSS custom properties with light fallbacks, so a page can restyle them (dark mode):
//!   `--chart-text`, `--chart-muted`, `--chart-grid`, `--chart-axis`, `--chart-bg` (text halos),
//!   `--chart-track`, `--chart-threshold`, `--chart-series-1` … `--chart-series-4`, and `--chart-font`.
//!   Groups and the elements that carry meaning also have `chart__…` classes (`chart__axis`, `chart__value`,
//!   `chart__bar`, `chart__na`, …) for styling.
//! * Series after the first (a previous assessment, a target) differ by stroke pattern and marker shape, not
//!   only by colour, and are named in a legend.

use std::f64::consts::PI;

use super::locale::{format_score, Lang};

/// The SVG namespace, for `createElementNS`.
pub const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// One labelled value: a section and its score (0–100), `None` when the section does not apply.
#[derive(Clone, Debug, PartialEq)]
pub struct Point {
    /// The section's name, as shown.
    pub label: String,
    /// The score; `None` = not applicable.
    pub value: Option<f64>,
}

impl Point {
    /// A point.
    pub fn new(label: impl Into<String>, value: Option<f64>) -> Point {
        Point {
            label: label.into(),
            value,
        }
    }
}

/// One series of values, one per label of the chart (missing values are "not applicable").
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    /// Its name in the legend and the table ("Lần trước", "Mục tiêu"); may be empty for a lone series.
    pub name: String,
    /// One value per label, in label order; `None` = not applicable.
    pub values: Vec<Option<f64>>,
}

/// What a chart shows. The first series is the main one (its values are printed on the radar); later ones
/// are for comparison.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartData {
    /// The chart's title (the SVG `<title>`, the table caption).
    pub title: String,
    /// A description of what the chart shows (the SVG `<desc>`).
    pub description: String,
    /// The header of the label column in the table ("Lĩnh vực").
    pub category_label: String,
    /// What the values are ("Điểm (0–100)"): the bar chart's axis title, the table's value header.
    pub value_label: String,
    /// One label per axis (radar) or row (bars), in order.
    pub labels: Vec<String>,
    /// The series; the first is the main one.
    pub series: Vec<Series>,
}

impl ChartData {
    /// A chart of one series given as points.
    pub fn new(
        title: impl Into<String>,
        description: impl Into<String>,
        category_label: impl Into<String>,
        value_label: impl Into<String>,
        points: impl IntoIterator<Item = Point>,
    ) -> ChartData {
        let (labels, values) = points.into_iter().map(|p| (p.label, p.value)).unzip();
        ChartData {
            title: title.into(),
            description: description.into(),
            category_label: category_label.into(),
            value_label: value_label.into(),
            labels,
            series: vec![Series {
                name: String::new(),
                values,
            }],
        }
    }

    /// Names the first series (shown once there is more than one).
    pub fn named(mut self, name: impl Into<String>) -> ChartData {
        if let Some(first) = self.series.first_mut() {
            first.name = name.into();
        }
        self
    }

    /// Adds a series to compare with, one value per label.
    pub fn with_series(mut self, name: impl Into<String>, values: Vec<Option<f64>>) -> ChartData {
        self.series.push(Series {
            name: name.into(),
            values,
        });
        self
    }

    /// The value of `series` at `index`, clamped to 0–100; `None` when not applicable, missing or not finite.
    pub fn value(&self, series: usize, index: usize) -> Option<f64> {
        let value = (*self.series.get(series)?.values.get(index)?)?;
        value.is_finite().then(|| value.clamp(0.0, 100.0))
    }

    /// Whether any series has a value at `index`.
    pub fn applies(&self, index: usize) -> bool {
        (0..self.series.len()).any(|s| self.value(s, index).is_some())
    }

    fn is_empty(&self) -> bool {
        self.labels.is_empty() || self.series.is_empty()
    }
}

/// A caller-given prefix for the ids in a chart (`<prefix>-title`, `<prefix>-desc`): a lowercase ASCII
/// letter, then lowercase ASCII letters, digits and '-', at most 64 in all. Unique per page.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ChartId(String);

/// A chart id prefix that breaks the [`ChartId`] rules.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvalidChartId(pub String);

impl std::fmt::Display for InvalidChartId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "invalid chart id {:?}: expected a-z first, then a-z, 0-9 or '-', at most 64",
            self.0
        )
    }
}

impl std::error::Error for InvalidChartId {}

impl ChartId {
    /// Checks `prefix` against the rules.
    pub fn new(prefix: &str) -> Result<ChartId, InvalidChartId> {
        let valid = prefix.len() <= 64
            && prefix
                .bytes()
                .next()
                .is_some_and(|b| b.is_ascii_lowercase())
            && prefix
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if valid {
            Ok(ChartId(prefix.to_string()))
        } else {
            Err(InvalidChartId(prefix.to_string()))
        }
    }

    /// The prefix.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The id of the chart's `<title>`.
    pub fn title_id(&self) -> String {
        format!("{}-title", self.0)
    }

    /// The id of the chart's `<desc>`.
    pub fn desc_id(&self) -> String {
        format!("{}-desc", self.0)
    }
}

// ---------------------------------------------------------------------------------------------------------
// The element tree

/// An SVG element: a tag, attributes in order, and either text or children.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SvgNode {
    /// The element name (`svg`, `g`, `text`, …).
    pub tag: &'static str,
    /// Attributes in output order; values unescaped.
    pub attrs: Vec<(&'static str, String)>,
    /// Text content (unescaped); an element with text has no children.
    pub text: Option<String>,
    /// Child elements.
    pub children: Vec<SvgNode>,
}

impl SvgNode {
    /// An element with no attributes and no content.
    pub fn new(tag: &'static str) -> SvgNode {
        SvgNode {
            tag,
            attrs: Vec::new(),
            text: None,
            children: Vec::new(),
        }
    }

    /// The value of the attribute `name`.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }

    /// This element and all below it, depth first in document order.
    pub fn descendants(&self) -> Vec<&SvgNode> {
        let mut all = vec![self];
        for child in &self.children {
            all.extend(child.descendants());
        }
        all
    }

    /// The element as SVG markup, compact, with every text and attribute value escaped.
    pub fn to_svg_string(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    fn write(&self, out: &mut String) {
        out.push('<');
        out.push_str(self.tag);
        for (name, value) in &self.attrs {
            out.push(' ');
            out.push_str(name);
            out.push_str("=\"");
            out.push_str(&escape(value));
            out.push('"');
        }
        if self.text.is_none() && self.children.is_empty() {
            out.push_str("/>");
            return;
        }
        out.push('>');
        if let Some(text) = &self.text {
            out.push_str(&escape(text));
        }
        for child in &self.children {
            child.write(out);
        }
        out.push_str("</");
        out.push_str(self.tag);
        out.push('>');
    }

    fn with(mut self, name: &'static str, value: impl Into<String>) -> SvgNode {
        self.attrs.push((name, value.into()));
        self
    }

    fn num(self, name: &'static str, value: f64) -> SvgNode {
        self.with(name, num(value))
    }

    fn text(mut self, text: impl Into<String>) -> SvgNode {
        self.text = Some(text.into());
        self
    }

    fn child(mut self, child: SvgNode) -> SvgNode {
        self.children.push(child);
        self
    }

    fn children(mut self, children: impl IntoIterator<Item = SvgNode>) -> SvgNode {
        self.children.extend(children);
        self
    }
}

/// Escapes `& < > " '` for XML and HTML text and attribute values, and drops characters XML forbids.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c.is_control() || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// A geometry number: at most two decimals, '.' separator, no trailing zeros, no "-0".
fn num(value: f64) -> String {
    if !value.is_finite() {
        return "0".to_string();
    }
    let text = format!("{:.2}", (value * 100.0).round() / 100.0);
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".to_string()
    } else {
        text.to_string()
    }
}

/// Space-separated coordinate pairs for `points=`.
fn points(coords: &[(f64, f64)]) -> String {
    coords
        .iter()
        .map(|&(x, y)| format!("{},{}", num(x), num(y)))
        .collect::<Vec<_>>()
        .join(" ")
}

// ---------------------------------------------------------------------------------------------------------
// Shared look

const TEXT: &str = "var(--chart-text, #16201c)";
const MUTED: &str = "var(--chart-muted, #4a5752)";
const GRID: &str = "var(--chart-grid, #c9d2ce)";
const AXIS: &str = "var(--chart-axis, #8a9892)";
const BG: &str = "var(--chart-bg, #ffffff)";
const TRACK: &str = "var(--chart-track, #e6ebe9)";
const THRESHOLD: &str = "var(--chart-threshold, #4a5752)";
const FONT: &str = "var(--chart-font, system-ui, sans-serif)";

/// Colour, stroke pattern and marker of the n-th series.
const SERIES_COLOURS: [&str; 4] = [
    "var(--chart-series-1, #0b6e4f)",
    "var(--chart-series-2, #b4530b)",
    "var(--chart-series-3, #3f51b5)",
    "var(--chart-series-4, #9b2c6f)",
];
const SERIES_DASHES: [Option<&str>; 4] = [None, Some("7 4"), Some("2 3"), Some("9 3 2 3")];

const LABEL_SIZE: f64 = 14.0;
const LINE_HEIGHT: f64 = 17.0;
const VALUE_SIZE: f64 = 12.0;
const SMALL_SIZE: f64 = 11.0;

fn colour(series: usize) -> &'static str {
    SERIES_COLOURS[series % SERIES_COLOURS.len()]
}

fn dash(series: usize) -> Option<&'static str> {
    SERIES_DASHES[series % SERIES_DASHES.len()]
}

fn not_applicable(lang: Lang) -> &'static str {
    match lang {
        Lang::Vi => "Không áp dụng",
        Lang::En => "N/A",
    }
}

/// "Not applicable" under an axis label.
fn not_applicable_note(lang: Lang) -> &'static str {
    match lang {
        Lang::Vi => "(không áp dụng)",
        Lang::En => "(N/A)",
    }
}

fn no_data_text(lang: Lang) -> &'static str {
    match lang {
        Lang::Vi => "Chưa có dữ liệu",
        Lang::En => "No data",
    }
}

/// The words of `text` in one line, or two balanced lines, of at most `max_chars` characters each; what
/// does not fit is cut with '…'. Also tells whether anything was cut.
fn wrap(text: &str, max_chars: usize) -> (Vec<String>, bool) {
    let words: Vec<&str> = text.split_whitespace().collect();
    let width = |words: &[&str]| -> usize {
        words.iter().map(|w| w.chars().count()).sum::<usize>() + words.len().saturating_sub(1)
    };
    if words.is_empty() {
        return (Vec::new(), false);
    }
    if width(&words) <= max_chars {
        return (vec![words.join(" ")], false);
    }
    // The break that makes the longer of two lines shortest.
    let best = (1..words.len())
        .filter(|&k| width(&words[..k]) <= max_chars && width(&words[k..]) <= max_chars)
        .min_by_key(|&k| width(&words[..k]).max(width(&words[k..])));
    let k = best.unwrap_or_else(|| {
        (1..words.len())
            .take_while(|&k| width(&words[..k]) <= max_chars)
            .last()
            .unwrap_or(1)
    });
    let mut cut = false;
    let lines = [words[..k].join(" "), words[k..].join(" ")]
        .into_iter()
        .filter(|line| !line.is_empty())
        .map(|line| {
            if line.chars().count() <= max_chars {
                line
            } else {
                cut = true;
                let kept: String = line.chars().take(max_chars.saturating_sub(1)).collect();
                format!("{}…", kept.trim_end())
            }
        })
        .collect();
    (lines, cut)
}

/// The words of `text` in as many lines of at most `max_chars` characters as it takes, up to `max_lines`
/// (filled greedily); only a word longer than a line, or a text longer than every line together, is cut with
/// '…'. Also tells whether anything was cut.
fn wrap_lines(text: &str, max_chars: usize, max_lines: usize) -> (Vec<String>, bool) {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= max_chars => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    let mut cut = lines.len() > max_lines;
    lines.truncate(max_lines);
    if cut {
        if let Some(last) = lines.last_mut() {
            let kept: String = last.chars().take(max_chars.saturating_sub(1)).collect();
            *last = format!("{}…", kept.trim_end());
        }
    }
    for line in &mut lines {
        if line.chars().count() > max_chars {
            cut = true;
            let kept: String = line.chars().take(max_chars.saturating_sub(1)).collect();
            *line = format!("{}…", kept.trim_end());
        }
    }
    (lines, cut)
}

/// The `<svg>` root with its `<title>` and `<desc>`.
fn root(
    kind: &str,
    data: &ChartData,
    lang: Lang,
    id: &ChartId,
    top: f64,
    width: f64,
    height: f64,
) -> SvgNode {
    SvgNode::new("svg")
        .with("xmlns", SVG_NS)
        .with(
            "viewBox",
            format!("0 {} {} {}", num(top), num(width), num(height)),
        )
        .with("role", "img")
        .with(
            "aria-labelledby",
            format!("{} {}", id.title_id(), id.desc_id()),
        )
        .with("lang", lang.code())
        .with("class", format!("chart chart--{kind}"))
        .with("font-family", FONT)
        .child(
            SvgNode::new("title")
                .with("id", id.title_id())
                .text(data.title.clone()),
        )
        .child(
            SvgNode::new("desc")
                .with("id", id.desc_id())
                .text(data.description.clone()),
        )
}

/// An SVG that says there is nothing to draw.
fn no_data(kind: &str, data: &ChartData, lang: Lang, id: &ChartId, width: f64) -> SvgNode {
    root(kind, data, lang, id, 0.0, width, 80.0).child(
        SvgNode::new("text")
            .with("class", "chart__no-data")
            .num("x", width / 2.0)
            .num("y", 45.0)
            .with("text-anchor", "middle")
            .num("font-size", LABEL_SIZE)
            .with("fill", MUTED)
            .text(no_data_text(lang)),
    )
}

/// A text with a halo in the background colour, so lines under it do not hurt legibility.
fn halo(node: SvgNode) -> SvgNode {
    node.with("stroke", BG)
        .with("stroke-width", "3")
        .with("stroke-linejoin", "round")
        .with("paint-order", "stroke")
}

/// The marker of the n-th series at (x, y): circle, square, diamond, triangle.
fn marker(series: usize, x: f64, y: f64) -> SvgNode {
    let dot = |tag| SvgNode::new(tag).with("class", "chart__dot");
    let node = match series % 4 {
        0 => dot("circle").num("cx", x).num("cy", y).num("r", 4.0),
        1 => dot("rect")
            .num("x", x - 3.5)
            .num("y", y - 3.5)
            .num("width", 7.0)
            .num("height", 7.0),
        2 => dot("polygon").with(
            "points",
            points(&[(x, y - 5.0), (x + 5.0, y), (x, y + 5.0), (x - 5.0, y)]),
        ),
        _ => dot("polygon").with(
            "points",
            points(&[(x, y - 5.0), (x + 4.5, y + 4.0), (x - 4.5, y + 4.0)]),
        ),
    };
    node.with("fill", colour(series))
        .with("stroke", BG)
        .with("stroke-width", "1")
}

/// The legend for several series, one row from `x` at baseline `y`; `swatch` draws an item's sample.
fn legend(
    data: &ChartData,
    x: f64,
    y: f64,
    swatch: impl Fn(usize, f64, f64) -> Vec<SvgNode>,
) -> SvgNode {
    let mut g = SvgNode::new("g").with("class", "chart__legend");
    let mut at = x;
    for (s, series) in data.series.iter().enumerate() {
        g = g.children(swatch(s, at, y - 4.0)).child(
            SvgNode::new("text")
                .with("class", "chart__legend-label")
                .num("x", at + 34.0)
                .num("y", y)
                .num("font-size", VALUE_SIZE)
                .with("fill", TEXT)
                .text(series.name.clone()),
        );
        at += 34.0 + series.name.chars().count() as f64 * 7.0 + 24.0;
    }
    g
}

/// The hover text of a value: "Quản lý theo rủi ro: 72,5" (with the series name when there are several).
fn value_title(data: &ChartData, series: usize, index: usize, value: f64, lang: Lang) -> SvgNode {
    let name = &data.series[series].name;
    let text = if data.series.len() > 1 && !name.is_empty() {
        format!(
            "{name} — {}: {}",
            data.labels[index],
            format_score(value, lang)
        )
    } else {
        format!("{}: {}", data.labels[index], format_score(value, lang))
    };
    SvgNode::new("title").text(text)
}

// ---------------------------------------------------------------------------------------------------------
// Radar

const RADAR_R: f64 = 140.0;
/// The most room between the outer ring and an axis label (beside the chart; less above and below).
const RADAR_GAP: f64 = 38.0;
const RADAR_SIDE: f64 = 140.0;
const RADAR_PAD: f64 = 10.0;
const RADAR_LABEL_CHARS: usize = 18;
/// Lines an axis label may take: the longest section title of the shipped content takes three.
const RADAR_LABEL_LINES: usize = 4;
/// The smallest distance from the centre at which a value is written, so that low values on neighbouring
/// axes do not run into each other.
const RADAR_VALUE_MIN_R: f64 = 0.42 * RADAR_R;
const RADAR_WIDTH: f64 = 2.0 * (RADAR_PAD + RADAR_SIDE + RADAR_GAP + RADAR_R);
const RADAR_CX: f64 = RADAR_WIDTH / 2.0;
const RADAR_CY: f64 = RADAR_PAD + 3.0 * LINE_HEIGHT + RADAR_GAP + RADAR_R;
const LEGEND_HEIGHT: f64 = 30.0;

/// The outer radius of a radar chart: a value of 100 reaches it.
pub const RADAR_RADIUS: f64 = RADAR_R;

/// The centre of a radar chart, in viewBox units.
pub const RADAR_CENTRE: (f64, f64) = (RADAR_CX, RADAR_CY);

/// The direction of axis `index` of `count`: clockwise from straight up.
fn angle(index: usize, count: usize) -> f64 {
    2.0 * PI * index as f64 / count as f64
}

/// The point at `radius` along the direction `angle`.
fn polar(angle: f64, radius: f64) -> (f64, f64) {
    (
        RADAR_CX + radius * angle.sin(),
        RADAR_CY - radius * angle.cos(),
    )
}

/// A radar chart: one axis per label, clockwise from the top; grid rings at 25/50/75/100; one polygon per
/// series (skipping not-applicable axes; only dots and a line when fewer than three values); the main
/// series' values printed by its dots. Axes where no series has a value are dashed and labelled "N/A".
pub fn radar(data: &ChartData, lang: Lang, id: &ChartId) -> SvgNode {
    if data.is_empty() {
        return no_data("radar", data, lang, id, RADAR_WIDTH);
    }
    let n = data.labels.len();
    let several = data.series.len() > 1;
    let mut parts = Vec::new();
    // The vertical extent of what is drawn, to fit the viewBox to it.
    let mut top = RADAR_CY - RADAR_R - 20.0;
    let mut bottom = RADAR_CY + RADAR_R + 20.0;
    if n >= 3 {
        bottom = (0..n)
            .map(|i| polar(angle(i, n), RADAR_R + 20.0).1)
            .fold(f64::NEG_INFINITY, f64::max);
    }

    // Grid rings: polygons through the axes, circles when there are too few axes for a polygon.
    let mut grid = SvgNode::new("g")
        .with("class", "chart__grid")
        .with("fill", "none")
        .with("stroke", GRID)
        .with("stroke-width", "1");
    for level in [25.0, 50.0, 75.0, 100.0] {
        let r = RADAR_R * level / 100.0;
        let ring = if n >= 3 {
            let corners: Vec<_> = (0..n).map(|i| polar(angle(i, n), r)).collect();
            SvgNode::new("polygon")
                .with("class", "chart__ring")
                .with("points", points(&corners))
        } else {
            SvgNode::new("circle")
                .with("class", "chart__ring")
                .num("cx", RADAR_CX)
                .num("cy", RADAR_CY)
                .num("r", r)
        };
        grid = grid.child(ring);
    }
    parts.push(grid);

    // Axes.
    let mut axes = SvgNode::new("g")
        .with("class", "chart__axes")
        .with("stroke", AXIS)
        .with("stroke-width", "1");
    for i in 0..n {
        let (x, y) = polar(angle(i, n), RADAR_R);
        let mut axis = SvgNode::new("line")
            .with(
                "class",
                if data.applies(i) {
                    "chart__axis"
                } else {
                    "chart__axis chart__axis--na"
                },
            )
            .num("x1", RADAR_CX)
            .num("y1", RADAR_CY)
            .num("x2", x)
            .num("y2", y);
        if !data.applies(i) {
            axis = axis.with("stroke-dasharray", "4 4");
        }
        axes = axes.child(axis);
    }
    parts.push(axes);

    // Ring values, half-way between the first two axes, on the ring's edge.
    let mid = PI / n as f64;
    let edge = if n >= 3 { mid.cos() } else { 1.0 };
    let mut ring_labels = SvgNode::new("g")
        .with("class", "chart__ring-labels")
        .with("text-anchor", "middle")
        .num("font-size", SMALL_SIZE)
        .with("fill", MUTED);
    for level in [25.0, 50.0, 75.0, 100.0] {
        let (x, y) = polar(mid, RADAR_R * level / 100.0 * edge);
        ring_labels = ring_labels.child(halo(
            SvgNode::new("text")
                .with("class", "chart__ring-label")
                .num("x", x)
                .num("y", y + 0.35 * SMALL_SIZE)
                .text(format_score(level, lang)),
        ));
    }
    parts.push(ring_labels);

    // Series, the main one last (on top).
    for s in (0..data.series.len()).rev() {
        let values: Vec<(usize, (f64, f64))> = (0..n)
            .filter_map(|i| {
                let v = data.value(s, i)?;
                Some((i, polar(angle(i, n), RADAR_R * v / 100.0)))
            })
            .collect();
        let mut g =
            SvgNode::new("g").with("class", format!("chart__series chart__series--{}", s + 1));
        let coords: Vec<(f64, f64)> = values.iter().map(|&(_, p)| p).collect();
        if coords.len() >= 2 {
            let shape = SvgNode::new(if coords.len() == 2 {
                "polyline"
            } else {
                "polygon"
            })
            .with("class", "chart__shape")
            .with("points", points(&coords));
            let mut shape = if coords.len() == 2 {
                shape.with("fill", "none")
            } else {
                shape
                    .with("fill", colour(s))
                    .with("fill-opacity", if s == 0 { "0.25" } else { "0.08" })
            }
            .with("stroke", colour(s))
            .with("stroke-width", "2")
            .with("stroke-linejoin", "round");
            if let Some(d) = dash(s) {
                shape = shape.with("stroke-dasharray", d);
            }
            g = g.child(shape);
        }
        for &(i, (x, y)) in &values {
            let v = data.value(s, i).unwrap_or_default();
            g = g.child(marker(s, x, y).child(value_title(data, s, i, v, lang)));
        }
        parts.push(g);
    }

    // The main series' values, just outside their dots.
    let mut value_texts = SvgNode::new("g")
        .with("class", "chart__values")
        .with("text-anchor", "middle")
        .num("font-size", VALUE_SIZE)
        .with("font-weight", "600")
        .with("fill", TEXT);
    for i in 0..n {
        if let Some(v) = data.value(0, i) {
            // Values are wider than tall: further out beside the dot than above it.
            let a = angle(i, n);
            let r = (RADAR_R * v / 100.0 + 10.0 + 10.0 * a.sin().abs()).max(RADAR_VALUE_MIN_R);
            let (x, y) = polar(a, r);
            value_texts = value_texts.child(halo(
                SvgNode::new("text")
                    .with("class", "chart__value")
                    .num("x", x)
                    .num("y", y + 0.35 * VALUE_SIZE)
                    .text(format_score(v, lang)),
            ));
        }
    }
    parts.push(value_texts);

    // Axis labels outside the outer ring, anchored away from the centre.
    let mut labels = SvgNode::new("g")
        .with("class", "chart__labels")
        .num("font-size", LABEL_SIZE)
        .with("fill", TEXT);
    for (i, label) in data.labels.iter().enumerate() {
        let a = angle(i, n);
        let (sin, cos) = (a.sin(), a.cos());
        let (x, y) = polar(a, RADAR_R + RADAR_GAP - 14.0 * (1.0 - sin.abs()));
        let anchor = if sin > 0.3 {
            "start"
        } else if sin < -0.3 {
            "end"
        } else {
            "middle"
        };
        let (mut lines, cut) = wrap_lines(label, RADAR_LABEL_CHARS, RADAR_LABEL_LINES);
        let na = !data.applies(i);
        let count = lines.len() + usize::from(na);
        let block = LINE_HEIGHT * count as f64;
        let block_top = if cos > 0.3 {
            y - block
        } else if cos < -0.3 {
            y
        } else {
            y - block / 2.0
        };
        top = top.min(block_top);
        bottom = bottom.max(block_top + block);
        let mut text = SvgNode::new("text")
            .with("class", "chart__label")
            .with("text-anchor", anchor);
        if cut {
            text = text.child(SvgNode::new("title").text(label.clone()));
        }
        let line_y = |k: usize| block_top + LINE_HEIGHT * k as f64 + 0.75 * LINE_HEIGHT;
        for (k, line) in lines.drain(..).enumerate() {
            text = text.child(
                SvgNode::new("tspan")
                    .num("x", x)
                    .num("y", line_y(k))
                    .text(line),
            );
        }
        if na {
            text = text.child(
                SvgNode::new("tspan")
                    .with("class", "chart__na")
                    .num("x", x)
                    .num("y", line_y(count - 1))
                    .num("font-size", VALUE_SIZE)
                    .with("font-style", "italic")
                    .with("fill", MUTED)
                    .text(not_applicable_note(lang)),
            );
        }
        labels = labels.child(text);
    }
    parts.push(labels);

    let view_top = (top - RADAR_PAD).floor();
    let height = (bottom + RADAR_PAD).ceil() - view_top + if several { LEGEND_HEIGHT } else { 0.0 };
    let mut svg = root("radar", data, lang, id, view_top, RADAR_WIDTH, height).children(parts);
    if several {
        svg = svg.child(legend(data, 20.0, view_top + height - 12.0, |s, x, y| {
            let mut line = SvgNode::new("line")
                .num("x1", x)
                .num("y1", y)
                .num("x2", x + 26.0)
                .num("y2", y)
                .with("stroke", colour(s))
                .with("stroke-width", "2");
            if let Some(d) = dash(s) {
                line = line.with("stroke-dasharray", d);
            }
            vec![line, marker(s, x + 13.0, y)]
        }));
    }
    svg
}

// ---------------------------------------------------------------------------------------------------------
// Bars

const BARS_WIDTH: f64 = 600.0;
const BARS_LABEL_X: f64 = 12.0;
const BARS_LABEL_CHARS: usize = 24;
const TRACK_X: f64 = 216.0;
const TRACK_WIDTH: f64 = 320.0;
const BARS_PAD: f64 = 10.0;

/// The x of `value` (0–100) on the track.
fn track_x(value: f64) -> f64 {
    TRACK_X + TRACK_WIDTH * value / 100.0
}

/// A horizontal bar chart: one row per label with the label (wrapped), a track 0–100, one bar per series
/// with its value at the end ("N/A" instead of a bar when not applicable), an axis 0–100 with the value
/// label, and optional `thresholds` (value, label) drawn as dashed vertical lines labelled at the top.
pub fn bars(data: &ChartData, lang: Lang, id: &ChartId, thresholds: &[(f64, String)]) -> SvgNode {
    if data.is_empty() {
        return no_data("bars", data, lang, id, BARS_WIDTH);
    }
    let k = data.series.len();
    let several = k > 1;
    let bar_h = if several { 12.0 } else { 18.0 };
    let bar_gap = 4.0;
    let bars_h = bar_h * k as f64 + bar_gap * (k - 1) as f64;
    let row_h = f64::max(2.0 * LINE_HEIGHT + 12.0, bars_h + 16.0);

    // Threshold labels at the top, on a second line when they would touch the previous one.
    let mut marks: Vec<(f64, &str)> = thresholds
        .iter()
        .filter(|(v, _)| v.is_finite() && (0.0..=100.0).contains(v))
        .map(|(v, l)| (*v, l.as_str()))
        .collect();
    marks.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut mark_lines: Vec<usize> = Vec::new();
    let mut right_edge = [f64::NEG_INFINITY; 2];
    for &(v, label) in &marks {
        let half = label.chars().count() as f64 * 0.6 * SMALL_SIZE / 2.0;
        let x = track_x(v);
        let line = if x - half >= right_edge[0] + 4.0 {
            0
        } else {
            1
        };
        right_edge[line] = right_edge[line].max(x + half);
        mark_lines.push(line);
    }
    let mark_rows = mark_lines.iter().max().map_or(0, |&l| l + 1);
    let rows_top = BARS_PAD + mark_rows as f64 * 14.0 + if mark_rows > 0 { 6.0 } else { 0.0 };
    let rows_bottom = rows_top + row_h * data.labels.len() as f64;
    let axis_y = rows_bottom + 4.0;
    let height = axis_y + 40.0 + if several { LEGEND_HEIGHT } else { 0.0 } + BARS_PAD;
    let mut svg = root("bars", data, lang, id, 0.0, BARS_WIDTH, height);

    // Rows: label, tracks, bars, values.
    let mut labels = SvgNode::new("g")
        .with("class", "chart__labels")
        .num("font-size", LABEL_SIZE)
        .with("fill", TEXT);
    let mut tracks = SvgNode::new("g").with("class", "chart__tracks");
    let mut bar_group = SvgNode::new("g").with("class", "chart__bars");
    let mut values = SvgNode::new("g")
        .with("class", "chart__values")
        .num("font-size", if several { SMALL_SIZE } else { VALUE_SIZE })
        .with("fill", TEXT);
    for (i, label) in data.labels.iter().enumerate() {
        let row_top = rows_top + row_h * i as f64;
        let centre = row_top + row_h / 2.0;
        let (lines, cut) = wrap(label, BARS_LABEL_CHARS);
        let top = centre - LINE_HEIGHT * lines.len() as f64 / 2.0;
        let mut text = SvgNode::new("text").with("class", "chart__label");
        if cut {
            text = text.child(SvgNode::new("title").text(label.clone()));
        }
        for (l, line) in lines.into_iter().enumerate() {
            text = text.child(
                SvgNode::new("tspan")
                    .num("x", BARS_LABEL_X)
                    .num("y", top + LINE_HEIGHT * l as f64 + 0.75 * LINE_HEIGHT)
                    .text(line),
            );
        }
        labels = labels.child(text);

        for s in 0..k {
            let y = centre - bars_h / 2.0 + (bar_h + bar_gap) * s as f64;
            let value_y = y + bar_h / 2.0 + 0.35 * if several { SMALL_SIZE } else { VALUE_SIZE };
            let track = |class: &str| {
                SvgNode::new("rect")
                    .with("class", class)
                    .num("x", TRACK_X)
                    .num("y", y)
                    .num("width", TRACK_WIDTH)
                    .num("height", bar_h)
                    .with("rx", "2")
            };
            match data.value(s, i) {
                Some(v) => {
                    tracks = tracks.child(track("chart__track").with("fill", TRACK));
                    let mut bar = SvgNode::new("rect")
                        .with("class", format!("chart__bar chart__bar--{}", s + 1))
                        .num("x", TRACK_X)
                        .num("y", y)
                        .num("width", TRACK_WIDTH * v / 100.0)
                        .num("height", bar_h)
                        .with("rx", "2");
                    bar = match dash(s) {
                        None => bar.with("fill", colour(s)),
                        Some(d) => bar
                            .with("fill", colour(s))
                            .with("fill-opacity", "0.3")
                            .with("stroke", colour(s))
                            .with("stroke-width", "1.5")
                            .with("stroke-dasharray", d),
                    };
                    bar_group = bar_group.child(bar.child(value_title(data, s, i, v, lang)));
                    values = values.child(
                        SvgNode::new("text")
                            .with("class", "chart__value")
                            .num("x", track_x(v) + 6.0)
                            .num("y", value_y)
                            .text(format_score(v, lang)),
                    );
                }
                None => {
                    tracks = tracks.child(
                        track("chart__track chart__track--na")
                            .with("fill", "none")
                            .with("stroke", AXIS)
                            .with("stroke-dasharray", "4 4"),
                    );
                    values = values.child(
                        SvgNode::new("text")
                            .with("class", "chart__na")
                            .num("x", TRACK_X + 8.0)
                            .num("y", value_y)
                            .with("font-style", "italic")
                            .with("fill", MUTED)
                            .text(not_applicable(lang)),
                    );
                }
            }
        }
    }

    // The axis: a line under the rows, ticks and their values, the value label.
    let mut axis = SvgNode::new("g")
        .with("class", "chart__axis")
        .with("stroke", AXIS)
        .with("stroke-width", "1")
        .child(
            SvgNode::new("line")
                .num("x1", TRACK_X)
                .num("y1", axis_y)
                .num("x2", TRACK_X + TRACK_WIDTH)
                .num("y2", axis_y),
        );
    let mut ticks = SvgNode::new("g")
        .with("class", "chart__ticks")
        .with("text-anchor", "middle")
        .num("font-size", SMALL_SIZE)
        .with("fill", MUTED);
    for level in [0.0, 25.0, 50.0, 75.0, 100.0] {
        let x = track_x(level);
        axis = axis.child(
            SvgNode::new("line")
                .num("x1", x)
                .num("y1", axis_y)
                .num("x2", x)
                .num("y2", axis_y + 4.0),
        );
        ticks = ticks.child(
            SvgNode::new("text")
                .num("x", x)
                .num("y", axis_y + 16.0)
                .text(format_score(level, lang)),
        );
    }
    let axis_title = SvgNode::new("text")
        .with("class", "chart__axis-title")
        .num("x", TRACK_X + TRACK_WIDTH / 2.0)
        .num("y", axis_y + 34.0)
        .with("text-anchor", "middle")
        .num("font-size", VALUE_SIZE)
        .with("fill", MUTED)
        .text(data.value_label.clone());

    // Thresholds: dashed lines across the rows, labels at the top.
    let mut threshold_group = SvgNode::new("g")
        .with("class", "chart__thresholds")
        .num("font-size", SMALL_SIZE)
        .with("text-anchor", "middle");
    for (&(v, label), &line) in marks.iter().zip(&mark_lines) {
        let x = track_x(v);
        threshold_group = threshold_group
            .child(
                SvgNode::new("line")
                    .with("class", "chart__threshold")
                    .num("x1", x)
                    .num("y1", rows_top - 4.0)
                    .num("x2", x)
                    .num("y2", axis_y)
                    .with("stroke", THRESHOLD)
                    .with("stroke-width", "1")
                    .with("stroke-dasharray", "3 3"),
            )
            .child(
                SvgNode::new("text")
                    .with("class", "chart__threshold-label")
                    .num("x", x)
                    .num("y", BARS_PAD + 11.0 + 14.0 * line as f64)
                    .with("fill", MUTED)
                    .text(label),
            );
    }

    svg = svg
        .child(labels)
        .child(tracks)
        .child(bar_group)
        .child(axis)
        .child(ticks)
        .child(axis_title);
    if !marks.is_empty() {
        svg = svg.child(threshold_group);
    }
    svg = svg.child(values);
    if several {
        svg = svg.child(legend(data, TRACK_X, height - BARS_PAD - 8.0, |s, x, y| {
            let mut rect = SvgNode::new("rect")
                .num("x", x)
                .num("y", y - 6.0)
                .num("width", 26.0)
                .num("height", 12.0)
                .with("rx", "2")
                .with("fill", colour(s));
            if let Some(d) = dash(s) {
                rect = rect
                    .with("fill-opacity", "0.3")
                    .with("stroke", colour(s))
                    .with("stroke-width", "1.5")
                    .with("stroke-dasharray", d);
            }
            vec![rect]
        }));
    }
    svg
}

// ---------------------------------------------------------------------------------------------------------
// Data table

/// The data of a chart as a table: the alternative for screen readers, and the table in reports.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    /// The caption (the chart's title).
    pub caption: String,
    /// The column headers: the label column, then one per series.
    pub headers: Vec<String>,
    /// One row per label: the label, then each series' value (or "N/A") in the chart's language.
    pub rows: Vec<Vec<String>>,
}

/// The table of a chart's data, values formatted for `lang`.
pub fn table(data: &ChartData, lang: Lang) -> Table {
    let mut headers = vec![data.category_label.clone()];
    for series in &data.series {
        headers.push(if data.series.len() == 1 || series.name.is_empty() {
            data.value_label.clone()
        } else {
            format!("{} — {}", series.name, data.value_label)
        });
    }
    let rows = data
        .labels
        .iter()
        .enumerate()
        .map(|(i, label)| {
            let mut row = vec![label.clone()];
            row.extend((0..data.series.len()).map(|s| match data.value(s, i) {
                Some(v) => format_score(v, lang),
                None => not_applicable(lang).to_string(),
            }));
            row
        })
        .collect();
    Table {
        caption: data.title.clone(),
        headers,
        rows,
    }
}

impl Table {
    /// An HTML `<table>` with a caption, column headers and row headers; every text escaped.
    pub fn to_html(&self) -> String {
        let mut out = String::from("<table class=\"chart-table\">");
        out.push_str(&format!("<caption>{}</caption>", escape(&self.caption)));
        out.push_str("<thead><tr>");
        for header in &self.headers {
            out.push_str(&format!("<th scope=\"col\">{}</th>", escape(header)));
        }
        out.push_str("</tr></thead><tbody>");
        for row in &self.rows {
            out.push_str("<tr>");
            for (c, cell) in row.iter().enumerate() {
                if c == 0 {
                    out.push_str(&format!("<th scope=\"row\">{}</th>", escape(cell)));
                } else {
                    out.push_str(&format!("<td>{}</td>", escape(cell)));
                }
            }
            out.push_str("</tr>");
        }
        out.push_str("</tbody></table>");
        out
    }

    /// A Markdown (GFM) table preceded by the caption in bold; Markdown and HTML characters escaped.
    pub fn to_markdown(&self) -> String {
        let row = |cells: &[String]| {
            let cells: Vec<String> = cells.iter().map(|c| markdown_cell(c)).collect();
            format!("| {} |\n", cells.join(" | "))
        };
        let mut out = String::new();
        if !self.caption.trim().is_empty() {
            out.push_str(&format!("**{}**\n\n", markdown_cell(&self.caption)));
        }
        out.push_str(&row(&self.headers));
        let align: Vec<&str> = (0..self.headers.len())
            .map(|c| if c == 0 { "---" } else { "---:" })
            .collect();
        out.push_str(&format!("| {} |\n", align.join(" | ")));
        for cells in &self.rows {
            out.push_str(&row(cells));
        }
        out
    }
}

/// One line of Markdown text with every character Markdown or HTML could act on backslash-escaped.
fn markdown_cell(text: &str) -> String {
    let mut out = String::new();
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        for c in word.chars() {
            if matches!(
                c,
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '&' | '~' | '#' | '!'
            ) {
                out.push('\\');
            }
            if !c.is_control() {
                out.push(c);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id() -> ChartId {
        ChartId::new("readiness").unwrap()
    }

    fn data(points: &[(&str, Option<f64>)]) -> ChartData {
        ChartData::new(
            "Mức sẵn sàng",
            "Điểm theo từng lĩnh vực",
            "Lĩnh vực",
            "Điểm (0–100)",
            points.iter().map(|(l, v)| Point::new(*l, *v)),
        )
    }

    fn by_class<'a>(node: &'a SvgNode, class: &str) -> Vec<&'a SvgNode> {
        node.descendants()
            .into_iter()
            .filter(|n| {
                n.attr("class")
                    .is_some_and(|c| c.split(' ').any(|c| c == class))
            })
            .collect()
    }

    fn f(node: &SvgNode, name: &str) -> f64 {
        node.attr(name).unwrap().parse().unwrap()
    }

    /// The (x, y) pairs of a `points` attribute.
    fn coords(node: &SvgNode) -> Vec<(f64, f64)> {
        node.attr("points")
            .unwrap()
            .split(' ')
            .map(|p| {
                let (x, y) = p.split_once(',').unwrap();
                (x.parse().unwrap(), y.parse().unwrap())
            })
            .collect()
    }

    fn all_text(node: &SvgNode) -> Vec<&str> {
        node.descendants()
            .into_iter()
            .filter_map(|n| n.text.as_deref())
            .collect()
    }

    fn close(a: (f64, f64), b: (f64, f64)) -> bool {
        (a.0 - b.0).abs() < 0.011 && (a.1 - b.1).abs() < 0.011
    }

    #[test]
    fn labels_are_escaped_everywhere() {
        let evil = "<script>&\"'";
        let d = ChartData::new(evil, evil, evil, evil, [Point::new(evil, Some(50.0))])
            .with_series(evil, vec![Some(20.0)]);
        for svg in [
            radar(&d, Lang::En, &id()),
            bars(&d, Lang::En, &id(), &[(40.0, evil.into())]),
        ] {
            let text = svg.to_svg_string();
            assert!(!text.contains("<script"), "{text}");
            assert!(!text.contains("&\""), "{text}");
            assert!(text.contains("&lt;script&gt;&amp;&quot;&apos;"), "{text}");
            // The tree keeps the raw text for textContent.
            assert!(all_text(&svg).contains(&evil));
        }
        let t = table(&d, Lang::En);
        let html = t.to_html();
        assert!(!html.contains("<script"));
        assert!(html.contains("&lt;script&gt;&amp;&quot;&apos;"));
        let md = t.to_markdown();
        assert!(
            md.match_indices('<')
                .all(|(at, _)| md[..at].ends_with('\\')),
            "{md}"
        );
        assert!(md.contains(r#"\<script\>\&"'"#), "{md}");
    }

    #[test]
    fn control_characters_are_dropped_from_markup() {
        let node = SvgNode::new("text").text("a\u{0}b\u{1b}c\nd");
        assert_eq!(node.to_svg_string(), "<text>abc\nd</text>");
    }

    #[test]
    fn geometry_numbers_have_at_most_two_decimals() {
        assert_eq!(num(1.0), "1");
        assert_eq!(num(1.5), "1.5");
        assert_eq!(num(1.23456), "1.23");
        assert_eq!(num(-0.0001), "0");
        assert_eq!(num(1e-17), "0");
        assert_eq!(num(-3.999), "-4");
        assert_eq!(num(f64::NAN), "0");
        let svg = radar(
            &data(&[
                ("A", Some(33.333)),
                ("B", Some(71.77)),
                ("C", Some(12.0)),
                ("D", Some(5.5)),
                ("E", None),
            ]),
            Lang::Vi,
            &id(),
        );
        for node in svg.descendants() {
            for (name, value) in &node.attrs {
                if matches!(
                    *name,
                    "x" | "y" | "x1" | "y1" | "x2" | "y2" | "cx" | "cy" | "r" | "points"
                ) {
                    for n in value.split([' ', ',']) {
                        assert!(!n.contains(','), "{name}={value}");
                        let decimals = n.split_once('.').map_or(0, |(_, d)| d.len());
                        assert!(decimals <= 2 && n.parse::<f64>().is_ok(), "{name}={value}");
                    }
                }
            }
        }
    }

    #[test]
    fn radar_axes_start_at_the_top_and_go_clockwise() {
        let svg = radar(
            &data(&[
                ("A", Some(100.0)),
                ("B", Some(100.0)),
                ("C", Some(100.0)),
                ("D", Some(0.0)),
            ]),
            Lang::En,
            &id(),
        );
        let (cx, cy) = RADAR_CENTRE;
        let r = RADAR_RADIUS;
        let axes = by_class(&svg, "chart__axis");
        let ends: Vec<(f64, f64)> = axes.iter().map(|a| (f(a, "x2"), f(a, "y2"))).collect();
        let expected = [(cx, cy - r), (cx + r, cy), (cx, cy + r), (cx - r, cy)];
        for (end, want) in ends.iter().zip(expected) {
            assert!(close(*end, want), "{end:?} != {want:?}");
        }
        // 100 reaches the outer ring, 0 sits at the centre.
        let shape = &by_class(&svg, "chart__shape")[0];
        let corners = coords(shape);
        assert_eq!(corners.len(), 4);
        for (corner, want) in corners
            .iter()
            .zip([expected[0], expected[1], expected[2], (cx, cy)])
        {
            assert!(close(*corner, want), "{corner:?} != {want:?}");
        }
        let outer = by_class(&svg, "chart__ring").pop().unwrap();
        for (corner, want) in coords(outer).iter().zip(expected) {
            assert!(close(*corner, want));
        }
        let dots = by_class(&svg, "chart__dot");
        assert!(close((f(dots[0], "cx"), f(dots[0], "cy")), expected[0]));
        assert!(close((f(dots[3], "cx"), f(dots[3], "cy")), (cx, cy)));
    }

    #[test]
    fn radar_labels_are_anchored_away_from_the_centre() {
        let svg = radar(
            &data(&[
                ("Top", Some(1.0)),
                ("Right", Some(1.0)),
                ("Bottom", Some(1.0)),
                ("Left", Some(1.0)),
            ]),
            Lang::En,
            &id(),
        );
        let anchors: Vec<&str> = by_class(&svg, "chart__label")
            .iter()
            .map(|l| l.attr("text-anchor").unwrap())
            .collect();
        assert_eq!(anchors, ["middle", "start", "middle", "end"]);
    }

    #[test]
    fn long_labels_wrap_whole_into_up_to_four_lines() {
        let w = |text: &str, max: usize| wrap(text, max);
        assert_eq!(w("Chủ quyền số", 18), (vec!["Chủ quyền số".into()], false));
        assert_eq!(
            w("  Chủ quyền   số ", 18),
            (vec!["Chủ quyền số".into()], false)
        );
        // Two balanced lines rather than an orphan.
        assert_eq!(
            w("Quản lý theo rủi ro", 16),
            (vec!["Quản lý".into(), "theo rủi ro".into()], false)
        );
        assert_eq!(
            w("Giám sát của con người", 18),
            (vec!["Giám sát của".into(), "con người".into()], false)
        );
        let (lines, cut) = w(
            "Minh bạch và ghi nhãn nội dung do trí tuệ nhân tạo tạo ra",
            18,
        );
        assert!(cut);
        assert_eq!(lines, ["Minh bạch và ghi", "nhãn nội dung do…"]);
        let (lines, cut) = w("Trustworthinessandaccountability x", 10);
        assert!(cut);
        assert_eq!(lines, ["Trustwort…", "x"]);
        let (lines, cut) = wrap_lines(
            "Minh bạch và ghi nhãn nội dung do trí tuệ nhân tạo tạo ra",
            18,
            4,
        );
        assert!(!cut, "{lines:?}");
        assert_eq!(
            lines.join(" "),
            "Minh bạch và ghi nhãn nội dung do trí tuệ nhân tạo tạo ra"
        );
        assert!(lines.iter().all(|l| l.chars().count() <= 18));
        assert_eq!(
            wrap_lines("a b c d e f", 1, 2),
            (vec!["a".to_string(), "…".to_string()], true)
        );
        assert_eq!(w("Trustworthiness", 10), (vec!["Trustwort…".into()], true));
        assert_eq!(w("", 16), (vec![], false));

        let long = "Minh bạch và ghi nhãn nội dung do trí tuệ nhân tạo tạo ra";
        let svg = radar(
            &data(&[(long, Some(50.0)), ("B", Some(60.0)), ("C", Some(70.0))]),
            Lang::Vi,
            &id(),
        );
        let label = by_class(&svg, "chart__label")[0];
        let spans: Vec<&str> = label
            .children
            .iter()
            .filter(|c| c.tag == "tspan")
            .filter_map(|c| c.text.as_deref())
            .collect();
        // The whole label, never cut: four lines of at most 18 characters.
        assert_eq!(spans.len(), 4);
        assert_eq!(spans.join(" "), long);
        assert!(label.children.iter().all(|c| c.tag != "title"));
    }

    #[test]
    fn not_applicable_axes_are_dashed_labelled_and_skipped() {
        let d = data(&[
            ("A", Some(50.0)),
            ("B", None),
            ("C", Some(50.0)),
            ("D", Some(50.0)),
        ]);
        let svg = radar(&d, Lang::Vi, &id());
        let axes = by_class(&svg, "chart__axis");
        assert_eq!(axes[1].attr("stroke-dasharray"), Some("4 4"));
        assert!(axes[1].attr("class").unwrap().contains("chart__axis--na"));
        assert_eq!(axes[0].attr("stroke-dasharray"), None);
        let na = by_class(&svg, "chart__na");
        assert_eq!(na.len(), 1);
        assert_eq!(na[0].text.as_deref(), Some("(không áp dụng)"));
        assert_eq!(coords(by_class(&svg, "chart__shape")[0]).len(), 3);
        assert_eq!(by_class(&svg, "chart__dot").len(), 3);
        assert_eq!(by_class(&svg, "chart__value").len(), 3);
        let en = radar(&d, Lang::En, &id());
        assert_eq!(by_class(&en, "chart__na")[0].text.as_deref(), Some("(N/A)"));

        // Fewer than three values: dots and a line, no polygon.
        let two = radar(
            &data(&[
                ("A", Some(50.0)),
                ("B", None),
                ("C", Some(80.0)),
                ("D", None),
            ]),
            Lang::Vi,
            &id(),
        );
        let shapes = by_class(&two, "chart__shape");
        assert_eq!(shapes.len(), 1);
        assert_eq!(shapes[0].tag, "polyline");
        assert_eq!(by_class(&two, "chart__dot").len(), 2);
        let one = radar(
            &data(&[("A", Some(50.0)), ("B", None), ("C", None)]),
            Lang::Vi,
            &id(),
        );
        assert!(by_class(&one, "chart__shape").is_empty());
        assert_eq!(by_class(&one, "chart__dot").len(), 1);
        let none = radar(
            &data(&[("A", None), ("B", None), ("C", None)]),
            Lang::En,
            &id(),
        );
        assert!(by_class(&none, "chart__dot").is_empty());
        assert_eq!(by_class(&none, "chart__na").len(), 3);

        // Bars: "N/A" in place of the bar.
        let b = bars(&d, Lang::Vi, &id(), &[]);
        assert_eq!(by_class(&b, "chart__bar").len(), 3);
        let na = by_class(&b, "chart__na");
        assert_eq!(na.len(), 1);
        assert_eq!(na[0].text.as_deref(), Some("Không áp dụng"));
        assert_eq!(by_class(&b, "chart__track--na").len(), 1);
    }

    #[test]
    fn values_are_clamped_and_nan_is_not_applicable() {
        let d = data(&[
            ("A", Some(150.0)),
            ("B", Some(-20.0)),
            ("C", Some(f64::NAN)),
            ("D", Some(f64::INFINITY)),
        ]);
        assert_eq!(d.value(0, 0), Some(100.0));
        assert_eq!(d.value(0, 1), Some(0.0));
        assert_eq!(d.value(0, 2), None);
        assert_eq!(d.value(0, 3), None);
        assert_eq!(d.value(0, 4), None);
        assert_eq!(d.value(1, 0), None);
        let b = bars(&d, Lang::En, &id(), &[]);
        let widths: Vec<f64> = by_class(&b, "chart__bar")
            .iter()
            .map(|r| f(r, "width"))
            .collect();
        assert_eq!(widths, [TRACK_WIDTH, 0.0]);
        let values: Vec<_> = by_class(&b, "chart__value")
            .iter()
            .map(|v| v.text.clone().unwrap())
            .collect();
        assert_eq!(values, ["100", "0"]);
        let svg = radar(&d, Lang::En, &id());
        let (cx, cy) = RADAR_CENTRE;
        let dots = by_class(&svg, "chart__dot");
        assert!(close(
            (f(dots[0], "cx"), f(dots[0], "cy")),
            (cx, cy - RADAR_RADIUS)
        ));
        assert!(close((f(dots[1], "cx"), f(dots[1], "cy")), (cx, cy)));
        assert_eq!(table(&d, Lang::En).rows[2][1], "N/A");
    }

    #[test]
    fn visible_values_use_the_vietnamese_decimal_comma() {
        let d = data(&[("A", Some(72.5)), ("B", Some(33.333)), ("C", Some(80.0))]);
        let svg = radar(&d, Lang::Vi, &id());
        let values: Vec<_> = by_class(&svg, "chart__value")
            .iter()
            .map(|v| v.text.clone().unwrap())
            .collect();
        assert_eq!(values, ["72,5", "33,3", "80"]);
        let dot_titles: Vec<_> = by_class(&svg, "chart__dot")
            .iter()
            .map(|d| d.children[0].text.clone().unwrap())
            .collect();
        assert_eq!(dot_titles, ["A: 72,5", "B: 33,3", "C: 80"]);
        let b = bars(&d, Lang::En, &id(), &[]);
        let values: Vec<_> = by_class(&b, "chart__value")
            .iter()
            .map(|v| v.text.clone().unwrap())
            .collect();
        assert_eq!(values, ["72.5", "33.3", "80"]);
        // Geometry keeps the point.
        let bar = by_class(&bars(&d, Lang::Vi, &id(), &[]), "chart__bar")[0].clone();
        assert_eq!(bar.attr("width"), Some("232"));
        let shape = by_class(&svg, "chart__shape")[0];
        assert!(shape.attr("points").unwrap().contains('.'));
    }

    #[test]
    fn the_root_names_its_title_and_description() {
        let d = data(&[("A", Some(50.0))]);
        for svg in [
            radar(&d, Lang::Vi, &id()),
            bars(&d, Lang::Vi, &id(), &[]),
            radar(&data(&[]), Lang::Vi, &id()),
        ] {
            assert_eq!(svg.tag, "svg");
            assert_eq!(svg.attr("xmlns"), Some(SVG_NS));
            assert_eq!(svg.attr("role"), Some("img"));
            assert_eq!(
                svg.attr("aria-labelledby"),
                Some("readiness-title readiness-desc")
            );
            assert_eq!(svg.attr("lang"), Some("vi"));
            assert_eq!(svg.attr("width"), None);
            assert_eq!(svg.attr("height"), None);
            assert!(svg.attr("viewBox").unwrap().starts_with("0 "));
            assert_eq!(svg.children[0].tag, "title");
            assert_eq!(svg.children[0].attr("id"), Some("readiness-title"));
            assert_eq!(svg.children[0].text.as_deref(), Some("Mức sẵn sàng"));
            assert_eq!(svg.children[1].tag, "desc");
            assert_eq!(svg.children[1].attr("id"), Some("readiness-desc"));
            assert_eq!(
                svg.children[1].text.as_deref(),
                Some("Điểm theo từng lĩnh vực")
            );
            // Text or children, never both (the app sets textContent).
            assert!(svg
                .descendants()
                .iter()
                .all(|n| n.text.is_none() || n.children.is_empty()));
        }
    }

    #[test]
    fn chart_ids_are_validated() {
        for good in ["a", "readiness-2", "chart-radar-1"] {
            assert_eq!(ChartId::new(good).unwrap().as_str(), good);
        }
        for bad in [
            "",
            "1abc",
            "-a",
            "Chart",
            "a b",
            "a_b",
            "a\"b",
            "é",
            &"a".repeat(65),
        ] {
            assert_eq!(
                ChartId::new(bad),
                Err(InvalidChartId(bad.to_string())),
                "{bad}"
            );
        }
        assert_eq!(id().title_id(), "readiness-title");
        assert_eq!(id().desc_id(), "readiness-desc");
    }

    #[test]
    fn no_points_say_no_data() {
        let empty = data(&[]);
        let svg = radar(&empty, Lang::Vi, &id());
        assert_eq!(
            by_class(&svg, "chart__no-data")[0].text.as_deref(),
            Some("Chưa có dữ liệu")
        );
        let b = bars(&empty, Lang::En, &id(), &[]);
        assert_eq!(
            by_class(&b, "chart__no-data")[0].text.as_deref(),
            Some("No data")
        );
        let mut no_series = data(&[("A", Some(1.0))]);
        no_series.series.clear();
        assert_eq!(
            by_class(&radar(&no_series, Lang::En, &id()), "chart__no-data").len(),
            1
        );
    }

    #[test]
    fn output_is_deterministic() {
        let d = data(&[
            ("Quản lý theo rủi ro", Some(72.5)),
            ("Chủ quyền số", None),
            ("Minh bạch", Some(40.0)),
        ])
        .with_series("Lần trước", vec![Some(50.0), None, Some(20.0)]);
        let thresholds = [(40.0, "40".to_string()), (65.0, "65".to_string())];
        assert_eq!(
            radar(&d, Lang::Vi, &id()).to_svg_string(),
            radar(&d.clone(), Lang::Vi, &id()).to_svg_string()
        );
        assert_eq!(
            bars(&d, Lang::Vi, &id(), &thresholds).to_svg_string(),
            bars(&d.clone(), Lang::Vi, &id(), &thresholds).to_svg_string()
        );
    }

    /// The markup with one element per line, for readable goldens.
    fn lines(svg: &SvgNode) -> String {
        svg.to_svg_string().replace("><", ">\n<")
    }

    #[test]
    fn golden_radar_of_three_points() {
        let d = data(&[
            ("An toàn", Some(80.0)),
            ("Minh bạch", Some(55.5)),
            ("Chủ quyền số", Some(40.0)),
        ]);
        let got = lines(&radar(&d, Lang::Vi, &ChartId::new("r").unwrap()));
        assert_eq!(got, GOLDEN_RADAR.trim(), "\n{got}\n");
    }

    #[test]
    fn golden_bars_of_two_rows() {
        let d = data(&[("An toàn", Some(80.0)), ("Chủ quyền số", None)]);
        let got = lines(&bars(
            &d,
            Lang::En,
            &ChartId::new("b").unwrap(),
            &[(65.0, "65".into())],
        ));
        assert_eq!(got, GOLDEN_BARS.trim(), "\n{got}\n");
    }

    const GOLDEN_RADAR: &str = r#"
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 48 656 307" role="img" aria-labelledby="r-title r-desc" lang="vi" class="chart chart--radar" font-family="var(--chart-font, system-ui, sans-serif)">
<title id="r-title">Mức sẵn sàng</title>
<desc id="r-desc">Điểm theo từng lĩnh vực</desc>
<g class="chart__grid" fill="none" stroke="var(--chart-grid, #c9d2ce)" stroke-width="1">
<polygon class="chart__ring" points="328,204 358.31,256.5 297.69,256.5"/>
<polygon class="chart__ring" points="328,169 388.62,274 267.38,274"/>
<polygon class="chart__ring" points="328,134 418.93,291.5 237.07,291.5"/>
<polygon class="chart__ring" points="328,99 449.24,309 206.76,309"/>
</g>
<g class="chart__axes" stroke="var(--chart-axis, #8a9892)" stroke-width="1">
<line class="chart__axis" x1="328" y1="239" x2="328" y2="99"/>
<line class="chart__axis" x1="328" y1="239" x2="449.24" y2="309"/>
<line class="chart__axis" x1="328" y1="239" x2="206.76" y2="309"/>
</g>
<g class="chart__ring-labels" text-anchor="middle" font-size="11" fill="var(--chart-muted, #4a5752)">
<text class="chart__ring-label" x="343.16" y="234.1" stroke="var(--chart-bg, #ffffff)" stroke-width="3" stroke-linejoin="round" paint-order="stroke">25</text>
<text class="chart__ring-label" x="358.31" y="225.35" stroke="var(--chart-bg, #ffffff)" stroke-width="3" stroke-linejoin="round" paint-order="stroke">50</text>
<text class="chart__ring-label" x="373.47" y="216.6" stroke="var(--chart-bg, #ffffff)" stroke-width="3" stroke-linejoin="round" paint-order="stroke">75</text>
<text class="chart__ring-label" x="388.62" y="207.85" stroke="var(--chart-bg, #ffffff)" stroke-width="3" stroke-linejoin="round" paint-order="stroke">100</text>
</g>
<g class="chart__series chart__series--1">
<polygon class="chart__shape" points="328,127 395.29,277.85 279.5,267" fill="var(--chart-series-1, #0b6e4f)" fill-opacity="0.25" stroke="var(--chart-series-1, #0b6e4f)" stroke-width="2" stroke-linejoin="round"/>
<circle class="chart__dot" cx="328" cy="127" r="4" fill="var(--chart-series-1, #0b6e4f)" stroke="var(--chart-bg, #ffffff)" stroke-width="1">
<title>An toàn: 80</title>
</circle>
<circle class="chart__dot" cx="395.29" cy="277.85" r="4" fill="var(--chart-series-1, #0b6e4f)" stroke="var(--chart-bg, #ffffff)" stroke-width="1">
<title>Minh bạch: 55,5</title>
</circle>
<circle class="chart__dot" cx="279.5" cy="267" r="4" fill="var(--chart-series-1, #0b6e4f)" stroke="var(--chart-bg, #ffffff)" stroke-width="1">
<title>Chủ quyền số: 40</title>
</circle>
</g>
<g class="chart__values" text-anchor="middle" font-size="12" font-weight="600" fill="var(--chart-text, #16201c)">
<text class="chart__value" x="328" y="121.2" stroke="var(--chart-bg, #ffffff)" stroke-width="3" stroke-linejoin="round" paint-order="stroke">80</text>
<text class="chart__value" x="411.45" y="291.38" stroke="var(--chart-bg, #ffffff)" stroke-width="3" stroke-linejoin="round" paint-order="stroke">55,5</text>
<text class="chart__value" x="263.34" y="280.53" stroke="var(--chart-bg, #ffffff)" stroke-width="3" stroke-linejoin="round" paint-order="stroke">40</text>
</g>
<g class="chart__labels" font-size="14" fill="var(--chart-text, #16201c)">
<text class="chart__label" text-anchor="middle">
<tspan x="328" y="70.75">An toàn</tspan>
</text>
<text class="chart__label" text-anchor="start">
<tspan x="480.53" y="339.81">Minh bạch</tspan>
</text>
<text class="chart__label" text-anchor="end">
<tspan x="175.47" y="339.81">Chủ quyền số</tspan>
</text>
</g>
</svg>
"#;

    const GOLDEN_BARS: &str = r#"
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 176" role="img" aria-labelledby="b-title b-desc" lang="en" class="chart chart--bars" font-family="var(--chart-font, system-ui, sans-serif)">
<title id="b-title">Mức sẵn sàng</title>
<desc id="b-desc">Điểm theo từng lĩnh vực</desc>
<g class="chart__labels" font-size="14" fill="var(--chart-text, #16201c)">
<text class="chart__label">
<tspan x="12" y="57.25">An toàn</tspan>
</text>
<text class="chart__label">
<tspan x="12" y="103.25">Chủ quyền số</tspan>
</text>
</g>
<g class="chart__tracks">
<rect class="chart__track" x="216" y="44" width="320" height="18" rx="2" fill="var(--chart-track, #e6ebe9)"/>
<rect class="chart__track chart__track--na" x="216" y="90" width="320" height="18" rx="2" fill="none" stroke="var(--chart-axis, #8a9892)" stroke-dasharray="4 4"/>
</g>
<g class="chart__bars">
<rect class="chart__bar chart__bar--1" x="216" y="44" width="256" height="18" rx="2" fill="var(--chart-series-1, #0b6e4f)">
<title>An toàn: 80</title>
</rect>
</g>
<g class="chart__axis" stroke="var(--chart-axis, #8a9892)" stroke-width="1">
<line x1="216" y1="126" x2="536" y2="126"/>
<line x1="216" y1="126" x2="216" y2="130"/>
<line x1="296" y1="126" x2="296" y2="130"/>
<line x1="376" y1="126" x2="376" y2="130"/>
<line x1="456" y1="126" x2="456" y2="130"/>
<line x1="536" y1="126" x2="536" y2="130"/>
</g>
<g class="chart__ticks" text-anchor="middle" font-size="11" fill="var(--chart-muted, #4a5752)">
<text x="216" y="142">0</text>
<text x="296" y="142">25</text>
<text x="376" y="142">50</text>
<text x="456" y="142">75</text>
<text x="536" y="142">100</text>
</g>
<text class="chart__axis-title" x="376" y="160" text-anchor="middle" font-size="12" fill="var(--chart-muted, #4a5752)">Điểm (0–100)</text>
<g class="chart__thresholds" font-size="11" text-anchor="middle">
<line class="chart__threshold" x1="424" y1="26" x2="424" y2="126" stroke="var(--chart-threshold, #4a5752)" stroke-width="1" stroke-dasharray="3 3"/>
<text class="chart__threshold-label" x="424" y="21" fill="var(--chart-muted, #4a5752)">65</text>
</g>
<g class="chart__values" font-size="12" fill="var(--chart-text, #16201c)">
<text class="chart__value" x="478" y="57.2">80</text>
<text class="chart__na" x="224" y="103.2" font-style="italic" fill="var(--chart-muted, #4a5752)">N/A</text>
</g>
</svg>
"#;

    #[test]
    fn a_second_series_is_drawn_with_its_own_pattern_and_a_legend() {
        let d = data(&[("A", Some(70.0)), ("B", Some(60.0)), ("C", Some(50.0))])
            .named("Hiện tại")
            .with_series("Lần trước", vec![Some(40.0), Some(30.0)]);
        let svg = radar(&d, Lang::Vi, &id());
        let shapes = by_class(&svg, "chart__shape");
        assert_eq!(shapes.len(), 2);
        // Drawn under the main series, dashed, with square markers; its missing third value is N/A.
        assert_eq!(shapes[0].tag, "polyline");
        assert_eq!(shapes[0].attr("stroke-dasharray"), Some("7 4"));
        assert_eq!(shapes[1].attr("stroke-dasharray"), None);
        assert_eq!(
            by_class(&svg, "chart__series--2")[0].children[1].tag,
            "rect"
        );
        let legend: Vec<_> = by_class(&svg, "chart__legend-label")
            .iter()
            .map(|l| l.text.clone().unwrap())
            .collect();
        assert_eq!(legend, ["Hiện tại", "Lần trước"]);
        // Only the main series' values are printed.
        assert_eq!(by_class(&svg, "chart__value").len(), 3);
        let b = bars(&d, Lang::Vi, &id(), &[]);
        assert_eq!(by_class(&b, "chart__bar").len(), 5);
        assert_eq!(by_class(&b, "chart__na").len(), 1);
        let t = table(&d, Lang::Vi);
        assert_eq!(
            t.headers,
            [
                "Lĩnh vực",
                "Hiện tại — Điểm (0–100)",
                "Lần trước — Điểm (0–100)"
            ]
        );
        assert_eq!(t.rows[2], ["C", "50", "Không áp dụng"]);
    }

    #[test]
    fn thresholds_are_dashed_lines_with_labels() {
        let d = data(&[("A", Some(70.0)), ("B", Some(30.0))]);
        let marks = [
            (85.0, "Tốt".to_string()),
            (40.0, "Cơ bản".to_string()),
            (65.0, "Khá".to_string()),
            (f64::NAN, "x".to_string()),
            (120.0, "y".to_string()),
        ];
        let b = bars(&d, Lang::Vi, &id(), &marks);
        let lines = by_class(&b, "chart__threshold");
        let xs: Vec<f64> = lines.iter().map(|l| f(l, "x1")).collect();
        assert_eq!(xs, [track_x(40.0), track_x(65.0), track_x(85.0)]);
        assert!(lines.iter().all(|l| l.attr("stroke-dasharray").is_some()));
        let labels: Vec<_> = by_class(&b, "chart__threshold-label")
            .iter()
            .map(|l| l.text.clone().unwrap())
            .collect();
        assert_eq!(labels, ["Cơ bản", "Khá", "Tốt"]);
        assert!(by_class(&bars(&d, Lang::Vi, &id(), &[]), "chart__thresholds").is_empty());
    }

    #[test]
    fn the_table_has_the_data_in_the_charts_language() {
        let d = data(&[
            ("Quản lý theo rủi ro", Some(72.5)),
            ("Chủ quyền số", None),
            ("A|B", Some(100.0)),
        ]);
        let t = table(&d, Lang::Vi);
        assert_eq!(t.caption, "Mức sẵn sàng");
        assert_eq!(t.headers, ["Lĩnh vực", "Điểm (0–100)"]);
        assert_eq!(
            t.rows,
            [
                vec!["Quản lý theo rủi ro", "72,5"],
                vec!["Chủ quyền số", "Không áp dụng"],
                vec!["A|B", "100"],
            ]
        );
        assert_eq!(table(&d, Lang::En).rows[0][1], "72.5");
        assert_eq!(table(&d, Lang::En).rows[1][1], "N/A");
        assert_eq!(
            t.to_html(),
            "<table class=\"chart-table\"><caption>Mức sẵn sàng</caption><thead><tr>\
             <th scope=\"col\">Lĩnh vực</th><th scope=\"col\">Điểm (0–100)</th></tr></thead><tbody>\
             <tr><th scope=\"row\">Quản lý theo rủi ro</th><td>72,5</td></tr>\
             <tr><th scope=\"row\">Chủ quyền số</th><td>Không áp dụng</td></tr>\
             <tr><th scope=\"row\">A|B</th><td>100</td></tr></tbody></table>"
        );
        assert_eq!(
            t.to_markdown(),
            "**Mức sẵn sàng**\n\n\
             | Lĩnh vực | Điểm (0–100) |\n\
             | --- | ---: |\n\
             | Quản lý theo rủi ro | 72,5 |\n\
             | Chủ quyền số | Không áp dụng |\n\
             | A\\|B | 100 |\n"
        );
    }
}
