// Wirewatch live dashboard. No framework, no build step.
//
// Safety rule for this file: text that comes from articles, alerts or any API response is only
// ever put on the page with textContent / createTextNode, and links are only made from http(s)
// URLs. No innerHTML, no insertAdjacentHTML, no document.write, no string-built attributes.
'use strict';

(function () {
  const MAX_ITEMS = 300;
  const HISTORY = 200;
  const SVG_NS = 'http://www.w3.org/2000/svg';

  const state = {
    topics: new Map(),        // topic id -> {label, description, group}
    items: new Map(),         // "article:<id>" / "alert:<id>" -> {kind, data, time, el}
    stories: new Map(),       // story id -> story json
    storyOfArticle: new Map(),
    filter: { topics: [], countries: [] },
    source: null,
    selected: null,
    pendingArticle: null,     // article id asked for by #/articles/<id>, not yet on the page
    stats: null,
    period: 'hour',
  };

  // ---------- API token (kept for this tab only) ----------
  // When the server requires tokens, API calls answer 401; the token form asks for one and keeps it
  // in sessionStorage, which ends with the tab. The live feed passes it as access_token, since
  // EventSource cannot send headers.
  const TOKEN_KEY = 'wirewatch.apiToken';

  function apiToken() {
    try { return sessionStorage.getItem(TOKEN_KEY) || ''; } catch (e) { return ''; }
  }

  function askForToken(message) {
    const form = document.getElementById('token-form');
    document.getElementById('token-message').textContent = message || '';
    form.hidden = false;
    document.getElementById('token-input').focus();
  }

  async function api(url, options) {
    const opts = Object.assign({}, options || {});
    opts.headers = Object.assign({ Accept: 'application/json' }, opts.headers || {});
    const t = apiToken();
    if (t) opts.headers.Authorization = 'Bearer ' + t;
    const r = await fetch(url, opts);
    if (r.status === 401) {
      let msg = 'This server needs an API token.';
      try { msg = (await r.clone().json()).error || msg; } catch (e) { /* keep the default */ }
      askForToken(msg);
    }
    return r;
  }

  function useToken(ev) {
    ev.preventDefault();
    const value = document.getElementById('token-input').value.trim();
    if (!value) return;
    try { sessionStorage.setItem(TOKEN_KEY, value); } catch (e) { /* private mode: this page only */ }
    document.getElementById('token-input').value = '';
    document.getElementById('token-form').hidden = true;
    loadTopicsOnce();
    loadStats();
    loadSubscriptions();
    connect();
  }

  // ---------- small DOM helpers ----------
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    if (attrs) {
      for (const [k, v] of Object.entries(attrs)) {
        if (v === null || v === undefined || v === false) continue;
        if (k === 'class') e.className = v;
        else if (k === 'text') e.textContent = v;
        else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
        else e.setAttribute(k, v === true ? '' : String(v));
      }
    }
    for (const c of children) {
      if (c === null || c === undefined || c === false) continue;
      e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    }
    return e;
  }

  function svg(tag, attrs, text) {
    const e = document.createElementNS(SVG_NS, tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function $(id) {
    return document.getElementById(id);
  }

  // A link only for http(s) URLs: "javascript:", "data:" and anything unparsable give plain text.
  function safeHref(url) {
    if (typeof url !== 'string' || url === '') return null;
    try {
      const u = new URL(url, window.location.href);
      return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
    } catch (e) {
      return null;
    }
  }

  function fmtTime(iso) {
    if (!iso) return '';
    const d = new Date(iso);
    if (isNaN(d.getTime())) return '';
    const sameDay = d.toDateString() === new Date().toDateString();
    return sameDay
      ? d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })
      : d.toLocaleDateString([], { day: 'numeric', month: 'short' }) + ' ' +
        d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  }

  function topicInfo(id) {
    return state.topics.get(id) || { label: id, description: '', group: 'other' };
  }

  function topicBadge(id) {
    const t = topicInfo(id);
    return el('button', {
      type: 'button', class: 'badge g-' + (t.group || 'other'), 'data-topic': id,
      title: (t.description ? t.description + ' ' : '') + '(click to filter)', text: id,
      onclick: (ev) => { ev.stopPropagation(); addFilter('topic', id); },
    });
  }

  function countryChip(code, name, primary) {
    return el('button', {
      type: 'button', class: 'chip' + (primary ? ' primary' : ''), 'data-country': code,
      title: (name || code) + (primary ? ' (primary)' : '') + ' (click to filter)', text: code,
      onclick: (ev) => { ev.stopPropagation(); addFilter('country', code); },
    });
  }

  // ---------- highlighting: text with [start, end) spans marked, from evidence offsets ----------
  // spans: [{start, end, title, cls}] in UTF-16 indices of `text` (JavaScript string indices).
  function highlighted(tag, cls, text, spans) {
    const out = el(tag, { class: cls });
    const ok = spans
      .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start < s.end)
      .sort((a, b) => a.start - b.start || b.end - a.end);
    let pos = 0;
    for (const s of ok) {
      if (s.start < pos) continue; // overlapping spans: keep the first (longest at that start)
      if (s.start > pos) out.appendChild(document.createTextNode(text.slice(pos, s.start)));
      out.appendChild(el('mark', { class: s.cls || null, title: s.title || null, text: text.slice(s.start, s.end) }));
      pos = s.end;
    }
    if (pos < text.length) out.appendChild(document.createTextNode(text.slice(pos)));
    return out;
  }

  // Evidence offsets index into the article field; re-base them onto a sentence that starts at
  // `base` in that field. When the offsets do not fit the text (a mismatch between versions), fall
  // back to finding the evidence text in the sentence.
  function rebase(ev, sentence, base, cls) {
    let start = ev.start - base;
    let end = ev.end - base;
    if (!(start >= 0 && end <= sentence.length && sentence.slice(start, end) === ev.text)) {
      const i = ev.text ? sentence.indexOf(ev.text) : -1;
      if (i < 0) return null;
      start = i;
      end = i + ev.text.length;
    }
    return { start, end, title: ev.source, cls };
  }

  function fieldText(article, field) {
    return field === 'HEADLINE' ? (article.headline || '') : (article.body || '');
  }

  // A window of the field around one evidence span, cut at word boundaries.
  function snippet(article, ev) {
    const text = fieldText(article, ev.field);
    if (!(ev.start >= 0 && ev.end <= text.length && ev.start < ev.end)) {
      return highlighted('span', 'snippet', ev.text || '', [{ start: 0, end: (ev.text || '').length, title: ev.source }]);
    }
    let from = Math.max(0, ev.start - 70);
    let to = Math.min(text.length, ev.end + 70);
    if (from > 0) { const sp = text.indexOf(' ', from); if (sp > 0 && sp < ev.start) from = sp + 1; }
    if (to < text.length) { const sp = text.lastIndexOf(' ', to); if (sp > ev.end) to = sp; }
    const part = text.slice(from, to);
    const node = highlighted('span', 'snippet', part, [{ start: ev.start - from, end: ev.end - from, title: ev.source }]);
    if (from > 0) node.insertBefore(document.createTextNode('… '), node.firstChild);
    if (to < text.length) node.appendChild(document.createTextNode(' …'));
    return node;
  }

  // ---------- feed items ----------
  function eventTime(kind, d) {
    const iso = kind === 'alert' ? d.alerted : (d.enriched || d.ingested || d.published);
    const t = Date.parse(iso || '');
    return isNaN(t) ? Date.now() : t;
  }

  function itemTopics(kind, d) {
    return kind === 'alert' ? (d.eventTopics || []) : (d.events || []).map((e) => e.topic);
  }

  function itemCountries(kind, d) {
    return kind === 'alert' ? (d.countries || []) : (d.countries || []).map((c) => c.code);
  }

  function matchesFilter(kind, d) {
    const f = state.filter;
    const topics = itemTopics(kind, d);
    const countries = itemCountries(kind, d);
    return (f.topics.length === 0 || topics.some((t) => f.topics.includes(t))) &&
      (f.countries.length === 0 || countries.some((c) => f.countries.includes(c)));
  }

  function storySizeText(articleId) {
    const sid = state.storyOfArticle.get(articleId);
    const s = sid && state.stories.get(sid);
    if (!s) return null;
    const n = s.articleCount || (s.articleIds || []).length || 1;
    return n === 1 ? 'story: 1 article' : 'story: ' + n + ' articles';
  }

  function renderItem(kind, d) {
    const topics = itemTopics(kind, d);
    const tags = el('div', { class: 'tags' });
    if (kind === 'alert') {
      (d.countries || []).forEach((c) => tags.appendChild(countryChip(c, c, true)));
    } else {
      (d.countries || []).forEach((c) => tags.appendChild(countryChip(c.code, c.name, c.primary)));
    }
    [...new Set(topics)].forEach((t) => tags.appendChild(topicBadge(t)));
    const meta = el('div', { class: 'meta' },
      el('span', { class: 'source', text: d.source || 'unknown source' }),
      el('time', { datetime: kind === 'alert' ? d.alerted : (d.published || d.ingested), text: fmtTime(kind === 'alert' ? d.alerted : (d.published || d.ingested)) }));
    if (kind === 'article') {
      const size = el('span', { class: 'story-size', 'data-article': d.id });
      size.textContent = storySizeText(d.id) || '';
      meta.appendChild(size);
    }
    const kindLabel = kind === 'alert'
      ? 'Alert' + (d.subscriptionName ? ' · ' + d.subscriptionName : '') + (d.kind ? ' · ' + d.kind : '')
      : 'Article';
    const li = el('li', {
      class: 'item ' + kind, tabindex: '0', 'data-kind': kind, 'data-id': d.id,
      onclick: () => select(kind + ':' + d.id),
      onkeydown: (ev) => { if (ev.key === 'Enter') select(kind + ':' + d.id); },
    },
    el('div', { class: 'kind', text: kindLabel }),
    el('h3', { class: 'headline', text: d.headline || '(no headline)' }),
    meta, tags);
    return li;
  }

  function addItem(kind, d) {
    if (!d || typeof d.id !== 'string') return;
    const key = kind + ':' + d.id;
    const time = eventTime(kind, d);
    const old = state.items.get(key);
    const li = renderItem(kind, d);
    const feed = $('feed');
    if (old) old.el.remove();
    // keep the list newest first, whatever order events arrive in (replays, several partitions)
    let before = null;
    for (const child of feed.children) {
      if (Number(child.dataset.time) < time) { before = child; break; }
    }
    li.dataset.time = String(time);
    feed.insertBefore(li, before);
    state.items.set(key, { kind, data: d, time, el: li });
    li.hidden = !matchesFilter(kind, d);
    if (state.selected === key) { li.classList.add('selected'); showDetail(key); }
    if (kind === 'article' && state.pendingArticle === d.id) { state.pendingArticle = null; select(key); }
    if (kind === 'article') (d.countries || []).forEach((c) => rememberCountry(c.code, c.name));
    while (state.items.size > MAX_ITEMS) {
      const last = feed.lastElementChild;
      if (!last) break;
      state.items.delete(last.dataset.kind + ':' + last.dataset.id);
      last.remove();
    }
    updateFeedCount();
  }

  function updateFeedCount() {
    let shown = 0;
    for (const it of state.items.values()) if (!it.el.hidden) shown++;
    $('feed-empty').hidden = shown > 0;
    $('feed-count').textContent = shown ? '(' + shown + ')' : '';
  }

  const seenCountries = new Map();
  function rememberCountry(code, name) {
    if (!code || seenCountries.has(code)) return;
    seenCountries.set(code, name || code);
    $('seen-countries').appendChild(el('option', { value: code, label: name || code }));
  }

  function addStory(s) {
    if (!s || typeof s.id !== 'string') return;
    state.stories.set(s.id, s);
    for (const a of s.articleIds || []) state.storyOfArticle.set(a, s.id);
    document.querySelectorAll('.story-size').forEach((span) => {
      const t = storySizeText(span.dataset.article);
      if (t) span.textContent = t;
    });
    if (state.selected && state.selected.startsWith('story:') && state.selected === 'story:' + s.id) showStory(s.id);
  }

  // ---------- selection and evidence ----------
  function select(key) {
    if (state.selected) {
      const prev = state.items.get(state.selected);
      if (prev) prev.el.classList.remove('selected');
    }
    state.selected = key;
    const it = state.items.get(key);
    if (it) it.el.classList.add('selected');
    showDetail(key);
    if (window.matchMedia('(max-width: 1200px)').matches) $('detail-pane').scrollIntoView({ behavior: 'smooth' });
  }

  function showDetail(key) {
    const it = state.items.get(key);
    const box = $('detail');
    clear(box);
    if (!it) return;
    box.appendChild(it.kind === 'alert' ? alertDetail(it.data) : articleDetail(it.data));
  }

  function headerBlock(d, timeIso) {
    const href = safeHref(d.url);
    const meta = el('div', { class: 'meta' },
      el('span', { text: d.source || 'unknown source' }),
      el('time', { datetime: timeIso, text: fmtTime(timeIso) }));
    if (href) {
      meta.appendChild(el('a', { href, target: '_blank', rel: 'noopener noreferrer', text: 'original' }));
    } else if (d.url) {
      meta.appendChild(el('span', { class: 'rule', title: 'not an http(s) link', text: d.url }));
    }
    return [el('h2', { text: d.headline || '(no headline)' }), meta];
  }

  function articleDetail(a) {
    const root = el('div', { class: 'detail', 'data-article': a.id });
    const header = headerBlock(a, a.published || a.ingested);
    header[1].appendChild(el('a', { class: 'permalink', href: '#/articles/' + encodeURIComponent(a.id),
      title: 'A link to this evidence (alerts link here too)', text: 'link' }));
    header.forEach((n) => root.appendChild(n));

    const sid = state.storyOfArticle.get(a.id);
    if (sid) {
      root.appendChild(el('p', null, el('button', {
        type: 'button', class: 'secondary', id: 'open-story', text: 'Open story · ' + (storySizeText(a.id) || ''),
        onclick: () => showStory(sid),
      })));
    }

    const events = el('section', { class: 'events' }, el('h3', { text: 'Event topics' }));
    const list = el('ul', { class: 'evidence-list' });
    if (!(a.events || []).length) list.appendChild(el('li', { class: 'muted', text: 'No event topic: the article reports none as happening now.' }));
    for (const e of a.events || []) {
      const sentence = e.sentence || '';
      const base = e.sentenceStart || 0;
      const spans = [];
      if (e.trigger && e.trigger.field === e.sentenceField) {
        const s = rebase(e.trigger, sentence, base, null);
        if (s) spans.push(s);
      }
      for (const ev of e.evidence || []) {
        if (ev.field !== e.sentenceField) continue;
        const s = rebase(ev, sentence, base, 'ctx');
        if (s) spans.push(s);
      }
      const roles = [];
      if ((e.actors || []).length) roles.push('by ' + e.actors.join(', '));
      if ((e.targets || []).length) roles.push('against ' + e.targets.join(', '));
      if (e.venue) roles.push('at ' + e.venue);
      const sources = el('ul', { class: 'mentions' });
      if (e.trigger) sources.appendChild(el('li', null, el('mark', { text: e.trigger.text || '' }), ' ', el('code', { text: e.trigger.source || '' })));
      for (const ev of e.evidence || []) {
        sources.appendChild(el('li', null, el('mark', { class: 'ctx', text: ev.text || '' }), ' ', el('code', { text: ev.source || '' })));
      }
      list.appendChild(el('li', { class: 'event', 'data-topic': e.topic },
        el('div', { class: 'tags' }, topicBadge(e.topic),
          el('span', { class: 'muted', text: Math.round((e.confidence || 0) * 100) + '% confidence' })),
        highlighted('p', 'sentence', sentence, spans),
        roles.length ? el('div', { class: 'meta', text: roles.join(' · ') }) : null,
        el('div', { class: 'meta' }, 'rule ', el('code', { class: 'rule', text: e.ruleId || '' })),
        sources));
    }
    events.appendChild(list);
    root.appendChild(events);

    const countries = el('section', { class: 'countries' }, el('h3', { text: 'Countries' }));
    const clist = el('ul', { class: 'evidence-list' });
    for (const c of a.countries || []) {
      const mentions = el('ul', { class: 'mentions' });
      for (const ev of c.evidence || []) {
        mentions.appendChild(el('li', null, snippet(a, ev), ' ', el('code', { text: ev.source || '' })));
      }
      clist.appendChild(el('li', { class: 'country', 'data-country': c.code },
        el('div', { class: 'tags' }, countryChip(c.code, c.name, c.primary),
          el('span', { text: (c.name || c.code) + ' · ' + (c.mentions || 0) + ' mention' + (c.mentions === 1 ? '' : 's') + (c.primary ? ' · primary' : '') })),
        mentions));
    }
    if (!(a.countries || []).length) clist.appendChild(el('li', { class: 'muted', text: 'No country tagged.' }));
    countries.appendChild(clist);
    root.appendChild(countries);

    if ((a.entities || []).length) {
      const ents = el('section', { class: 'entities' }, el('h3', { text: 'Entities' }));
      const elist = el('ul', { class: 'evidence-list' });
      for (const en of a.entities) {
        const mentions = el('ul', { class: 'mentions' });
        for (const ev of (en.evidence || []).slice(0, 3)) {
          mentions.appendChild(el('li', null, snippet(a, ev), ' ', el('code', { text: ev.source || '' })));
        }
        elist.appendChild(el('li', null,
          el('strong', { text: en.name || en.id }), ' ',
          el('span', { class: 'muted', text: [en.type, en.role, en.country].filter(Boolean).join(' · ') }), ' ',
          el('code', { text: en.id || '' }), mentions));
      }
      ents.appendChild(elist);
      root.appendChild(ents);
    }
    return root;
  }

  function alertDetail(al) {
    const root = el('div', { class: 'detail alert-detail' });
    headerBlock(al, al.alerted).forEach((n) => root.appendChild(n));
    root.appendChild(el('p', null, 'Alert for ', el('strong', { text: al.subscriptionName || al.subscriptionId || '' }),
      el('span', { class: 'muted', text: ' · ' + (al.kind || '') + ' · ' + Math.round((al.confidence || 0) * 100) + '% confidence' })));
    if (al.evidence) root.appendChild(el('blockquote', { class: 'sentence', text: al.evidence }));
    const tags = el('div', { class: 'tags' });
    (al.eventTopics || []).forEach((t) => tags.appendChild(topicBadge(t)));
    (al.countries || []).forEach((c) => tags.appendChild(countryChip(c, c, true)));
    root.appendChild(tags);
    if (al.storyId) {
      root.appendChild(el('p', null, el('button', { type: 'button', class: 'secondary', id: 'open-story', text: 'Open story', onclick: () => showStory(al.storyId) })));
    }
    return root;
  }

  // ---------- story view ----------
  async function showStory(storyId) {
    const prev = state.selected && state.items.get(state.selected);
    if (prev) prev.el.classList.remove('selected');
    state.selected = 'story:' + storyId;
    const box = $('detail');
    let story = null;
    try {
      const r = await api('api/live/stories/' + encodeURIComponent(storyId));
      if (r.ok) story = await r.json();
    } catch (e) { /* fall back to what this page has seen */ }
    if (state.selected !== 'story:' + storyId) return;
    if (!story) story = state.stories.get(storyId) || { id: storyId, articleIds: [] };
    const known = new Map((story.articles || []).map((a) => [a.id, a]));
    for (const id of story.articleIds || []) {
      const it = state.items.get('article:' + id);
      if (it && !known.has(id)) known.set(id, it.data);
    }
    const articles = [...known.values()].sort((x, y) =>
      Date.parse(x.published || x.ingested || 0) - Date.parse(y.published || y.ingested || 0));
    clear(box);
    const root = el('div', { class: 'detail story', 'data-story': storyId });
    root.appendChild(el('h2', { text: story.latestHeadline || story.firstHeadline || 'Story' }));
    root.appendChild(el('div', { class: 'meta' },
      el('span', { text: (story.articleCount || articles.length) + ' articles' }),
      el('span', { text: (story.sources || []).length + ' sources' }),
      story.status ? el('span', { text: story.status }) : null,
      story.firstSeen ? el('span', { text: 'since ' + fmtTime(story.firstSeen) }) : null));
    const tags = el('div', { class: 'tags' });
    (story.eventTopics || []).forEach((t) => tags.appendChild(topicBadge(t)));
    (story.countries || []).forEach((c) => tags.appendChild(countryChip(c, c, true)));
    root.appendChild(tags);
    const list = el('ol', { class: 'story-list' });
    for (const a of articles) {
      const when = a.published || a.ingested;
      list.appendChild(el('li', { 'data-article': a.id },
        el('div', { class: 'meta' }, el('strong', { text: a.source || '' }), el('time', { datetime: when, text: fmtTime(when) })),
        el('a', { href: '#', text: a.headline || a.id, onclick: (ev) => {
          ev.preventDefault();
          if (state.items.has('article:' + a.id)) select('article:' + a.id);
        } })));
    }
    if (!articles.length) list.appendChild(el('li', { class: 'muted', text: 'No article of this story is in the live feed.' }));
    root.appendChild(list);
    box.appendChild(root);
  }

  // ---------- filters, kept in the URL hash: #topic=a,b&country=KP ----------
  function readFilterFromUrl() {
    const p = new URLSearchParams(window.location.hash.replace(/^#/, ''));
    const list = (k) => (p.get(k) || '').split(',').map((s) => s.trim()).filter(Boolean);
    state.filter = {
      topics: list('topic').map((t) => t.toLowerCase()).filter((t) => /^[a-z0-9][a-z0-9-]{0,63}$/.test(t)),
      countries: list('country').map((c) => c.toUpperCase()).filter((c) => /^[A-Z]{2}$/.test(c)),
    };
  }

  function writeFilterToUrl() {
    const p = new URLSearchParams();
    if (state.filter.topics.length) p.set('topic', state.filter.topics.join(','));
    if (state.filter.countries.length) p.set('country', state.filter.countries.join(','));
    const hash = p.toString();
    if (hash !== window.location.hash.replace(/^#/, '')) {
      window.location.hash = hash; // hashchange applies it
    }
  }

  function addFilter(kind, value) {
    const list = kind === 'topic' ? state.filter.topics : state.filter.countries;
    if (!list.includes(value)) list.push(value);
    writeFilterToUrl();
  }

  function removeFilter(kind, value) {
    if (kind === 'topic') state.filter.topics = state.filter.topics.filter((t) => t !== value);
    else state.filter.countries = state.filter.countries.filter((c) => c !== value);
    writeFilterToUrl();
  }

  function applyFilter() {
    const tokens = $('active-filters');
    clear(tokens);
    for (const t of state.filter.topics) {
      tokens.appendChild(el('li', { class: 'token', 'data-topic': t }, 'topic: ' + t,
        el('button', { type: 'button', 'aria-label': 'remove ' + t, text: '×', onclick: () => removeFilter('topic', t) })));
    }
    for (const c of state.filter.countries) {
      tokens.appendChild(el('li', { class: 'token', 'data-country': c }, 'country: ' + c,
        el('button', { type: 'button', 'aria-label': 'remove ' + c, text: '×', onclick: () => removeFilter('country', c) })));
    }
    for (const it of state.items.values()) it.el.hidden = !matchesFilter(it.kind, it.data);
    updateFeedCount();
    connect();
  }

  // ---------- the live stream ----------
  function streamUrl() {
    const p = new URLSearchParams();
    if (state.filter.topics.length) p.set('topic', state.filter.topics.join(','));
    if (state.filter.countries.length) p.set('country', state.filter.countries.join(','));
    p.set('history', String(HISTORY));
    if (apiToken()) p.set('access_token', apiToken());
    return 'api/stream?' + p.toString();
  }

  function setStatus(s, text) {
    const st = $('status');
    st.dataset.state = s;
    st.textContent = text;
  }

  function parse(ev) {
    try { return JSON.parse(ev.data); } catch (e) { return null; }
  }

  let statsTimer = null;
  function connect() {
    if (state.source) state.source.close();
    setStatus('connecting', 'connecting…');
    const src = new EventSource(streamUrl());
    state.source = src;
    src.onopen = () => setStatus('live', 'live');
    src.onerror = () => {
      if (src.readyState === EventSource.CLOSED) {
        setStatus('offline', 'disconnected');
        api('api/live/stats'); // a 401 here brings up the token form
      } else {
        setStatus('reconnecting', 'reconnecting…'); // EventSource retries with Last-Event-ID
      }
    };
    src.addEventListener('article', (ev) => { addItem('article', parse(ev)); scheduleStats(); });
    src.addEventListener('alert', (ev) => addItem('alert', parse(ev)));
    src.addEventListener('story', (ev) => addStory(parse(ev)));
    src.addEventListener('surge', () => scheduleStats());
  }

  // ---------- counts and surges ----------
  function scheduleStats() {
    if (statsTimer) return;
    statsTimer = setTimeout(() => { statsTimer = null; loadStats(); }, 1000);
  }

  async function loadStats() {
    try {
      const r = await api('api/live/stats');
      if (!r.ok) return;
      state.stats = await r.json();
      renderStats();
    } catch (e) { /* next tick */ }
  }

  function barChart(container, counts, kind) {
    clear(container);
    const entries = Object.entries(counts || {}).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 10);
    if (!entries.length) {
      container.appendChild(el('p', { class: 'muted', text: 'Nothing yet.' }));
      return;
    }
    const rowH = 20;
    const labelW = kind === 'topic' ? 150 : 40;
    const width = 320;
    const max = Math.max(...entries.map((e) => e[1]));
    const chart = svg('svg', { viewBox: '0 0 ' + width + ' ' + (entries.length * rowH), role: 'img', 'aria-label': 'counts by ' + kind });
    entries.forEach(([name, n], i) => {
      const y = i * rowH;
      const w = Math.max(2, Math.round((width - labelW - 40) * n / max));
      const g = svg('g', { class: 'row', 'data-key': name });
      g.appendChild(svg('title', {}, name + ': ' + n));
      g.appendChild(svg('text', { class: 'label', x: labelW - 4, y: y + 14, 'text-anchor': 'end' }, name));
      g.appendChild(svg('rect', { class: 'bar', x: labelW, y: y + 4, width: w, height: rowH - 8, rx: 2 }));
      g.appendChild(svg('text', { class: 'value', x: labelW + w + 4, y: y + 14 }, String(n)));
      chart.appendChild(g);
    });
    container.appendChild(chart);
  }

  function renderStats() {
    const s = state.stats;
    if (!s) return;
    const period = s[state.period] || {};
    barChart($('chart-topics'), period.topics, 'topic');
    barChart($('chart-countries'), period.countries, 'country');
    const list = $('surges');
    clear(list);
    if (!(s.surges || []).length) {
      list.appendChild(el('li', { class: 'muted', text: 'None in the last hour.' }));
    }
    for (const g of s.surges || []) {
      list.appendChild(el('li', { class: 'surge' },
        countryChip(g.country, g.country, true), ' ', topicBadge(g.topic), ' ',
        el('span', { text: g.count + ' in the hour (×' + (Math.round((g.ratio || 0) * 10) / 10) + ' usual)' }),
        g.sampleHeadline ? el('div', { class: 'meta', text: g.sampleHeadline }) : null));
    }
  }

  // ---------- subscription form ----------
  function splitList(v, upper) {
    return v.split(',').map((s) => s.trim()).filter(Boolean).map((s) => (upper ? s.toUpperCase() : s));
  }

  function showResult(ok, message, details) {
    const box = $('sub-result');
    clear(box);
    box.className = 'result ' + (ok ? 'ok' : 'error');
    box.appendChild(el('div', { class: 'message', text: message }));
    if (details && details.length) {
      const ul = el('ul');
      for (const d of details) {
        let text;
        if (typeof d === 'string') text = d;
        else if (d && typeof d === 'object') text = (d.field ? d.field + ': ' : '') + (d.message || d.reason || JSON.stringify(d));
        else text = String(d);
        ul.appendChild(el('li', { text }));
      }
      box.appendChild(ul);
    }
  }

  async function subscribe(ev) {
    ev.preventDefault();
    const channel = $('sub-channel').value;
    const conf = parseFloat($('sub-confidence').value);
    const body = {
      name: $('sub-name').value.trim(),
      topics: [...document.querySelectorAll('#sub-topics input:checked')].map((i) => i.value),
      countries: splitList($('sub-countries').value, true),
      keywords: splitList($('sub-keywords').value, false),
      minConfidence: isNaN(conf) ? 0 : conf,
      channel: { type: channel, url: channel === 'CONSOLE' ? null : ($('sub-url').value.trim() || null) },
    };
    try {
      const r = await api('api/subscriptions', {
        method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      let json = null;
      try { json = await r.json(); } catch (e) { json = null; }
      if (r.ok) {
        showResult(true, 'Subscribed' + (json && json.id ? ': ' + json.id : '') + '.', []);
        $('subscribe').reset();
        $('sub-url-label').hidden = true;
        loadSubscriptions();
      } else {
        showResult(false, (json && json.error) || ('The server answered HTTP ' + r.status + '.'),
          (json && (json.details || json.problems)) || []);
      }
    } catch (e) {
      showResult(false, 'Could not reach the server: ' + e.message, []);
    }
  }

  // ---------- the evidence view of one article: #/articles/<id> (alerts link here) ----------
  function articleRoute() {
    const m = /^#\/articles\/(.+)$/.exec(window.location.hash);
    if (!m) return null;
    try { return decodeURIComponent(m[1]); } catch (e) { return null; }
  }

  function detailMessage(text) {
    const box = $('detail');
    clear(box);
    box.appendChild(el('p', { class: 'muted', id: 'detail-message', text }));
  }

  async function openArticle(id) {
    const key = 'article:' + id;
    if (state.items.has(key)) { select(key); return; }
    state.pendingArticle = id; // the stream may still bring it; addItem selects it then
    detailMessage('Looking for article ' + id + '…');
    let data = null;
    try {
      const r = await api('api/live/articles/' + encodeURIComponent(id));
      if (r.ok) data = await r.json();
    } catch (e) { /* reported below */ }
    if (state.pendingArticle !== id) return; // shown meanwhile, or another was asked for
    if (data && data.id === id) {
      state.pendingArticle = null;
      state.selected = key;
      const box = $('detail');
      clear(box);
      box.appendChild(articleDetail(data));
    } else {
      detailMessage('Article ' + id + ' is not in the live feed any more (it keeps the most recent events).' +
        ' Find it with GET /api/articles, or replay history with `wirewatch replay`.');
    }
  }

  // ---------- subscriptions: state, last alert, pause / resume / snooze ----------
  function subscriptionState(s) {
    const d = s.delivery || {};
    const st = d.state || s.state || 'ok';
    const until = d.until || s.snoozedUntil;
    if (st === 'snoozed') return { state: st, label: 'snoozed until ' + fmtTime(until), title: until };
    if (st === 'active') return { state: 'ok', label: 'ok', title: '' };
    return { state: st, label: st, title: d.reason || (d.since ? 'since ' + d.since : '') };
  }

  function renderSubscription(s) {
    const st = subscriptionState(s);
    const li = el('li', { class: 'sub', 'data-id': s.id, 'data-state': st.state });
    li.appendChild(el('div', { class: 'sub-head' },
      el('strong', { text: s.name || s.id }),
      el('span', { class: 'sub-state', 'data-state': st.state, title: st.title || null, text: st.label }),
      el('span', { class: 'muted', text: ((s.channel && s.channel.type) || '') + ' · ' + s.id })));
    const last = s.lastAlert;
    const info = el('div', { class: 'meta sub-last' });
    if (last) {
      info.appendChild(el('span', { text: 'last alert ' + fmtTime(last.alerted) }));
      info.appendChild(last.articleId
        ? el('a', { href: '#/articles/' + encodeURIComponent(last.articleId), text: last.headline || last.articleId })
        : el('span', { text: last.headline || '' }));
    } else if (s.delivery) {
      info.appendChild(el('span', { text: 'no alert yet' }));
    }
    const d = s.delivery || {};
    if (d.state === 'failing' && d.reason) info.appendChild(el('span', { class: 'sub-reason', text: d.reason }));
    if ((d.state === 'paused' || d.state === 'snoozed') && d.notDelivered) {
      info.appendChild(el('span', { text: d.notDelivered + ' not delivered' }));
    }
    li.appendChild(info);
    const actions = el('div', { class: 'actions' });
    if (st.state === 'paused' || st.state === 'snoozed') {
      actions.appendChild(el('button', { type: 'button', class: 'secondary', 'data-action': 'resume', text: 'Resume',
        onclick: () => changeSubscription(s.id, 'resume', null) }));
    }
    if (st.state !== 'paused') {
      actions.appendChild(el('button', { type: 'button', class: 'secondary', 'data-action': 'pause', text: 'Pause',
        onclick: () => changeSubscription(s.id, 'pause', null) }));
    }
    const length = el('select', { class: 'snooze-for', 'aria-label': 'snooze for' },
      ...['1h', '4h', '8h', '24h'].map((v) => el('option', { value: v, text: v })));
    actions.appendChild(length);
    actions.appendChild(el('button', { type: 'button', class: 'secondary', 'data-action': 'snooze', text: 'Snooze',
      onclick: () => changeSubscription(s.id, 'snooze', { until: length.value }) }));
    li.appendChild(actions);
    return li;
  }

  function subscriptionMessage(ok, message, details) {
    const box = $('subs-result');
    clear(box);
    if (ok && !message) return;
    box.className = 'result ' + (ok ? 'ok' : 'error');
    box.appendChild(el('div', { class: 'message', text: message }));
    for (const d of details || []) if (d !== message) box.appendChild(el('div', { text: String(d) }));
  }

  async function loadSubscriptions() {
    const list = $('subscriptions');
    let subs = null;
    let failure = null;
    try {
      const r = await api('api/subscriptions');
      if (r.ok) subs = await r.json();
      else if (r.status === 401 || r.status === 403) failure = 'Needs a token with scope admin.';
      else failure = 'The subscriptions are not available here (HTTP ' + r.status + ').';
    } catch (e) {
      failure = 'Could not load the subscriptions: ' + e.message;
    }
    clear(list);
    if (!Array.isArray(subs)) {
      list.appendChild(el('li', { class: 'muted', text: failure || 'The subscriptions could not be read.' }));
      return;
    }
    if (!subs.length) list.appendChild(el('li', { class: 'muted', text: 'No subscriptions yet: add one below.' }));
    for (const s of subs) list.appendChild(renderSubscription(s));
  }

  async function changeSubscription(id, action, body) {
    try {
      const r = await api('api/subscriptions/' + encodeURIComponent(id) + '/' + action, {
        method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: body ? JSON.stringify(body) : '',
      });
      let json = null;
      try { json = await r.json(); } catch (e) { json = null; }
      if (r.ok) {
        subscriptionMessage(true, '', []);
        const old = document.querySelector('#subscriptions li.sub[data-id="' + CSS.escape(id) + '"]');
        if (old && json) old.replaceWith(renderSubscription(json));
        else loadSubscriptions();
      } else {
        subscriptionMessage(false, (json && json.error) || ('The server answered HTTP ' + r.status + '.'),
          (json && (json.details || json.problems)) || []);
      }
    } catch (e) {
      subscriptionMessage(false, 'Could not reach the server: ' + e.message, []);
    }
  }

  // ---------- start ----------
  let topicsLoaded = false;
  function loadTopicsOnce() {
    if (!topicsLoaded) loadTopics();
  }

  async function loadTopics() {
    try {
      const r = await api('api/topics');
      if (!r.ok) return;
      topicsLoaded = true;
      const json = await r.json();
      for (const t of json.topics || []) state.topics.set(t.id, t);
    } catch (e) { /* badges fall back to plain ids */ }
    const select = $('filter-topic');
    const checks = $('sub-topics');
    for (const [id, t] of state.topics) {
      select.appendChild(el('option', { value: id, title: t.description, text: t.label || id }));
      checks.appendChild(el('label', { title: t.description }, el('input', { type: 'checkbox', value: id }), t.label || id));
    }
  }

  async function start() {
    await loadTopics();
    $('filters').addEventListener('submit', (ev) => {
      ev.preventDefault();
      const t = $('filter-topic').value;
      const c = $('filter-country').value.trim().toUpperCase();
      if (t && !state.filter.topics.includes(t)) state.filter.topics.push(t);
      if (/^[A-Z]{2}$/.test(c) && !state.filter.countries.includes(c)) state.filter.countries.push(c);
      $('filter-topic').value = '';
      $('filter-country').value = '';
      writeFilterToUrl();
    });
    $('filter-clear').addEventListener('click', () => {
      state.filter = { topics: [], countries: [] };
      writeFilterToUrl();
    });
    document.querySelectorAll('input[name="period"]').forEach((r) => r.addEventListener('change', () => {
      state.period = r.value;
      renderStats();
    }));
    $('sub-channel').addEventListener('change', () => { $('sub-url-label').hidden = $('sub-channel').value === 'CONSOLE'; });
    $('subscribe').addEventListener('submit', subscribe);
    $('token-form').addEventListener('submit', useToken);
    window.addEventListener('hashchange', () => {
      const id = articleRoute();
      if (id !== null) { openArticle(id); return; }
      readFilterFromUrl();
      applyFilter();
    });
    readFilterFromUrl();
    applyFilter();
    const asked = articleRoute();
    if (asked !== null) openArticle(asked);
    loadStats();
    setInterval(loadStats, 10000);
    loadSubscriptions();
    setInterval(loadSubscriptions, 15000);
  }

  start();
})();
