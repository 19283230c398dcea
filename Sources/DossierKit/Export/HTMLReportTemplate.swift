import Mustache

/// The Mustache template of the HTML report, with its style sheet inline (screen, phone, print).
/// `{{…}}` escapes HTML; `{{{…}}}` is used only for the SVG charts Dossier draws itself.
enum HTMLReportTemplate {
    /// The parsed template (a constant: the tests render it, so a parse error cannot reach users).
    static func template() throws -> MustacheTemplate { try MustacheTemplate(string: source) }

    static let source = #"""
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Dossier">
<title>{{title}}</title>
<style>
:root { --ink: #1d2329; --muted: #5b6670; --rule: #d5dbe0; --accent: #2f6690; --paper: #fff; --tint: #f3f6f8; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 62rem; padding: 1.5rem 1.25rem 3rem; color: var(--ink); background: var(--paper);
       font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }
h1 { font-size: 1.8rem; line-height: 1.2; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2.2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 2px solid var(--rule); }
h3 { font-size: 1.05rem; margin: 1.4rem 0 .4rem; }
a { color: var(--accent); }
.meta, .muted { color: var(--muted); font-size: .9rem; }
nav { margin: 1rem 0; font-size: .95rem; }
nav a { margin-right: 1rem; white-space: nowrap; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--rule); }
th { background: var(--tint); font-weight: 600; }
td.date { white-space: nowrap; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.id { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .85em; color: var(--muted); }
figure.chart { margin: .5rem 0 1rem; }
figure.chart svg { width: 100%; height: auto; display: block; }
figure.chart text { fill: var(--ink); font-family: system-ui, sans-serif; }
ul.figures { list-style: none; padding: 0; margin: 0; }
ul.figures li { padding: .5rem 0; border-bottom: 1px solid var(--rule); }
.value { font-weight: 600; }
blockquote { margin: .3rem 0 0; padding: .2rem .8rem; border-left: 3px solid var(--rule); color: #333; }
mark { background: #fde9b6; }
.annotation { padding: .6rem .8rem; margin: .6rem 0; background: var(--tint); border-radius: 4px; }
.empty { color: var(--muted); font-style: italic; }
footer { margin-top: 3rem; color: var(--muted); font-size: .85rem; }
@media (max-width: 40rem) {
  body { padding: 1rem .75rem 2rem; font-size: 15px; }
  h1 { font-size: 1.45rem; }
  table.documents thead { display: none; }
  table.documents tr { display: block; padding: .4rem 0; border-bottom: 1px solid var(--rule); }
  table.documents td { display: block; border: 0; padding: .05rem 0; }
  table.documents td.num { text-align: left; }
  table.documents td.num::after { content: " words"; }
  figure.chart { overflow-x: auto; }
  figure.chart svg { min-width: 34rem; }
}
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  nav, .noprint { display: none; }
  a { color: inherit; text-decoration: none; }
  h2 { break-after: avoid; }
  figure.chart, ul.figures li, .annotation, tr { break-inside: avoid; }
  th { background: none; }
  .annotation { background: none; border: 1px solid var(--rule); }
}
</style>
</head>
<body>
<header>
<h1>{{title}}</h1>
<p class="meta">Generated {{generated}} by {{author}} with Dossier{{#scope}} · {{scope}}{{/scope}} · {{documentCount}}, {{figureCount}}</p>
<nav class="noprint">
<a href="#documents">Documents</a>
<a href="#timeline">Timeline</a>
<a href="#entities">Entities</a>
<a href="#figures">Figures</a>
{{^empty(quotes)}}<a href="#quotes">Quotes</a>{{/empty(quotes)}}
<a href="#notes">Notes and highlights</a>
</nav>
</header>

<section id="documents">
<h2>Documents</h2>
{{^empty(documents)}}
<div class="scroll"><table class="documents">
<thead><tr><th>ID</th><th>Title</th><th>Date</th><th>Words</th><th>Source</th></tr></thead>
<tbody>
{{#documents}}
<tr id="{{id}}"><td class="id">{{id}}</td><td>{{title}}{{#tags}} <span class="muted">({{tags}})</span>{{/tags}}</td><td class="date">{{date}}</td><td class="num">{{words}}</td><td>{{#href}}<a href="{{href}}">{{source}}</a>{{/href}}{{^href}}{{source}}{{/href}}</td></tr>
{{/documents}}
</tbody>
</table></div>
{{/empty(documents)}}
{{^documents}}<p class="empty">No documents.</p>{{/documents}}
</section>

<section id="timeline">
<h2>Timeline</h2>
{{#timelineSVG}}<figure class="chart">{{{timelineSVG}}}</figure>{{/timelineSVG}}
{{^timelineSVG}}<p class="empty">No dated documents or dates in the texts.</p>{{/timelineSVG}}
{{#timelineNotes}}<p class="muted">{{timelineNotes}}</p>{{/timelineNotes}}
</section>

<section id="entities">
<h2>Top entities</h2>
{{#entitiesSVG}}<figure class="chart">{{{entitiesSVG}}}</figure>{{/entitiesSVG}}
{{^empty(entities)}}
<div class="scroll"><table>
<thead><tr><th>ID</th><th>Name</th><th>Type</th><th>Mentions</th><th>Documents</th><th>Also called</th></tr></thead>
<tbody>
{{#entities}}
<tr id="{{id}}"><td class="id">{{id}}</td><td>{{name}}</td><td>{{type}}</td><td class="num">{{mentions}}</td><td>{{documents}}</td><td>{{aliases}}</td></tr>
{{/entities}}
</tbody>
</table></div>
{{/empty(entities)}}
{{^entities}}<p class="empty">No entities.</p>{{/entities}}
</section>

<section id="figures">
<h2>Figures</h2>
{{#omittedFigures}}<p class="muted">Key figures only: those that say what they count, annotated ones and those with a source first; {{omittedFigures}} not listed (export with --all to list every one).</p>{{/omittedFigures}}
{{#figureGroups}}
<h3>{{counts}}</h3>
<ul class="figures">
{{#figures}}
<li id="{{id}}"><span class="value">{{text}}</span> <span class="id">{{id}} · {{kind}}</span> in <a href="#{{document}}">{{document}}</a> <span class="muted">{{documentTitle}}</span>{{#attribution}} — source: {{attribution}}{{/attribution}}{{^attribution}} — <span class="muted">source not stated</span>{{/attribution}}
<blockquote>{{sentence}}{{#sentenceHref}} <a class="noprint" href="{{sentenceHref}}">at the source ↗</a>{{/sentenceHref}}</blockquote></li>
{{/figures}}
</ul>
{{/figureGroups}}
{{^figureGroups}}<p class="empty">No figures.</p>{{/figureGroups}}
</section>

{{^empty(quotes)}}
<section id="quotes">
<h2>Quotes</h2>
<ul class="figures">
{{#quotes}}
<li id="{{id}}">{{#speakerHref}}<a href="{{speakerHref}}">{{speaker}}</a>{{/speakerHref}}{{^speakerHref}}{{speaker}}{{/speakerHref}}{{#cue}} <span class="muted">{{cue}}</span>{{/cue}} <span class="id">{{id}} · {{kind}}</span> in <a href="#{{document}}">{{document}}</a>
<blockquote>{{text}}</blockquote></li>
{{/quotes}}
</ul>
</section>
{{/empty(quotes)}}

<section id="notes">
<h2>Notes and highlights</h2>
{{#annotations}}
<div class="annotation" id="{{id}}"><strong>{{kind}}</strong> <span class="id">{{id}}</span> on {{#href}}<a href="{{href}}">{{target}}</a>{{/href}}{{^href}}{{target}}{{/href}}
{{#quote}}<blockquote>…{{prefix}}<mark>{{text}}</mark>{{suffix}}…</blockquote>{{/quote}}
{{#body}}<p>{{body}}</p>{{/body}}
<p class="muted">{{author}}, {{modified}}{{#orphaned}}; orphaned: passage not found after reload{{/orphaned}}</p></div>
{{/annotations}}
{{^annotations}}<p class="empty">No notes or highlights.</p>{{/annotations}}
{{^empty(tags)}}<h3>Tags</h3>
<ul>
{{#tags}}<li><strong>{{tag}}</strong> ({{count}}): {{targets}}</li>
{{/tags}}
</ul>{{/empty(tags)}}
</section>

<footer>Made with Dossier. This page is self-contained: it loads nothing from the network.</footer>
</body>
</html>
"""#
}
