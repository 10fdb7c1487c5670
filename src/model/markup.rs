//! A small tree of elements and text for read-only blocks (a company page's tab content). Pure
//! code builds it once; the prerenderer writes it as HTML ([`to_html`]) and the browser draws it
//! with plain DOM (`browser::dom::draw`), so the two always match. Written by hand because each
//! distinct `view!` shape monomorphises into its own build, hydrate and rebuild code: the six
//! tab panels as `view!` were about 50 KB of wasm before compression.

/// An element: its tag, attributes in order, and children (elements or text).
#[derive(Clone, Debug, PartialEq)]
pub struct El {
    pub tag: &'static str,
    pub attrs: Vec<(&'static str, String)>,
    pub children: Vec<Node>,
}

/// A child of an element.
#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    El(El),
    /// Always text: the browser makes a text node of it, the HTML writer escapes it.
    Text(String),
}

impl El {
    pub fn new(tag: &'static str) -> Self {
        Self { tag, attrs: Vec::new(), children: Vec::new() }
    }

    /// `<tag class=…>`, the common case.
    pub fn with_class(tag: &'static str, class: &str) -> Self {
        Self::new(tag).attr("class", class)
    }

    pub fn attr(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.attrs.push((name, value.into()));
        self
    }

    /// Appends a text child.
    pub fn text(mut self, text: impl Into<String>) -> Self {
        self.children.push(Node::Text(text.into()));
        self
    }

    /// Appends an element child.
    pub fn child(mut self, el: El) -> Self {
        self.children.push(Node::El(el));
        self
    }

    /// Appends `el` as a child, if there is one.
    pub fn maybe_child(mut self, el: Option<El>) -> Self {
        self.children.extend(el.map(Node::El));
        self
    }

    /// Appends each element of `els` as a child.
    pub fn children(mut self, els: impl IntoIterator<Item = El>) -> Self {
        self.children.extend(els.into_iter().map(Node::El));
        self
    }
}

/// The blocks as HTML, every text and attribute value escaped.
pub fn to_html(els: &[El]) -> String {
    let mut out = String::new();
    for el in els {
        write_el(el, &mut out);
    }
    out
}

fn write_el(el: &El, out: &mut String) {
    out.push('<');
    out.push_str(el.tag);
    for (name, value) in &el.attrs {
        out.push(' ');
        out.push_str(name);
        out.push_str("=\"");
        escape(value, out);
        out.push('"');
    }
    out.push('>');
    // A void element has no end tag (and no children).
    if matches!(el.tag, "input" | "br" | "img") {
        return;
    }
    for child in &el.children {
        match child {
            Node::El(el) => write_el(el, out),
            Node::Text(text) => escape(text, out),
        }
    }
    out.push_str("</");
    out.push_str(el.tag);
    out.push('>');
}

fn escape(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_nested_elements_with_attributes_in_order() {
        let list = El::with_class("ul", "links")
            .child(El::new("li").child(El::new("a").attr("href", "https://example.com/").text("Jobs")).text(" today"));
        assert_eq!(
            to_html(&[list]),
            r#"<ul class="links"><li><a href="https://example.com/">Jobs</a> today</li></ul>"#
        );
    }

    #[test]
    fn a_void_element_has_no_end_tag() {
        let pick =
            El::new("span").child(El::new("input").attr("type", "checkbox")).child(El::new("label").text("Pick"));
        assert_eq!(to_html(&[pick]), r#"<span><input type="checkbox"><label>Pick</label></span>"#);
    }

    #[test]
    fn catalog_text_stays_text_in_elements_and_attributes() {
        let el = El::new("p").attr("title", r#"a "quote" & <b>"#).text("<script>alert('x')</script> & co");
        assert_eq!(
            to_html(&[el]),
            "<p title=\"a &quot;quote&quot; &amp; &lt;b&gt;\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co</p>"
        );
    }
}
