// The search page: reads the search from the address, runs it with search.js's engine, shows
// the results with facets, and writes every change back into the address (so the back button,
// bookmarks and shared links give the same results).
(function () {
  "use strict";
  const { Engine, marks, parseQuery } = window.ChancerySearch;
  const page = document.getElementById("search");
  if (!page) return;
  const PER_PAGE = 10;
  // The interface's words, in the site's language, from the page (`data-t-*`).
  const t = page.dataset;
  const base = page.dataset.index;
  const engine = new Engine((path, kind) =>
    fetch(base + path).then((response) => {
      if (!response.ok) throw new Error(path + ": " + response.status);
      if (kind === "json") return response.json();
      if (kind === "json.gz") return new Response(response.body.pipeThrough(new DecompressionStream("gzip"))).json();
      if (kind === "text") return response.text();
      return response.arrayBuffer().then((b) => new Uint8Array(b));
    })
  );
  const form = document.getElementById("search-form");
  const input = form.elements.q;
  const status = document.getElementById("search-status");
  const list = document.getElementById("search-results");
  const facetsBox = document.getElementById("search-facets");
  const more = document.getElementById("search-more");
  page.hidden = false;
  // Made as the page loads: the browser loads its data then (20 to 100 ms in Chromium), which
  // the first search's status line would otherwise wait for.
  const numbers = new Intl.NumberFormat(document.documentElement.lang);
  let facetNames = [];
  let run = 0;

  function requestFromAddress() {
    const params = new URLSearchParams(location.search);
    const filters = {};
    facetNames.forEach((name) => (filters[name] = params.getAll(name)));
    return {
      q: params.get("q") || "",
      sort: params.get("sort") === "date" ? "date" : "relevance",
      filters,
      from: Number(params.get("from")) || 0,
      to: Number(params.get("to")) || 0,
      page: Math.max(1, Number(params.get("page")) || 1),
    };
  }

  function address(request) {
    const params = new URLSearchParams();
    if (request.q) params.set("q", request.q);
    if (request.sort === "date") params.set("sort", "date");
    for (const name of facetNames) (request.filters[name] || []).forEach((k) => params.append(name, k));
    if (request.from) params.set("from", request.from);
    if (request.to) params.set("to", request.to);
    if (request.page > 1) params.set("page", request.page);
    const query = params.toString();
    return location.pathname + (query ? "?" + query : "");
  }

  // Shows the search `request` and puts it in the address.
  function go(request) {
    show(request, true);
  }

  function element(tag, props, children) {
    const node = Object.assign(document.createElement(tag), props || {});
    (children || []).forEach((c) => node.append(c));
    return node;
  }

  // Shows the search `request` (the address's, by default); with `push`, puts its address in
  // the history once its results are on screen: that takes the main thread some milliseconds,
  // and a new address makes the browser ask for the page's icon again, which would otherwise
  // compete with the search's own requests.
  async function show(request = requestFromAddress(), push = false) {
    const mine = ++run;
    status.setAttribute("aria-busy", "false");
    input.value = request.q;
    form.elements.sort.value = request.sort;
    if (!request.q && !Object.values(request.filters).some((v) => v.length) && !request.from && !request.to) {
      if (push) history.pushState(null, "", address(request));
      status.textContent = t.tHint;
      list.replaceChildren();
      facetsBox.replaceChildren();
      more.hidden = true;
      return;
    }
    status.textContent = t.tSearching;
    const found = await engine.search(request);
    if (mine !== run) return;
    const shown = found.top(PER_PAGE * request.page);
    const records = await Promise.all(shown.map((r) => engine.record(r.doc)));
    if (mine !== run) return;
    const items = shown.map((result, i) => item(records[i], found.paragraph(result.doc), found.forms));
    list.replaceChildren(...items.map(({ li }) => li));
    const known = found.known();
    announce(known, shown.length);
    status.dataset.query = address(request);
    more.onclick = () => go(Object.assign(request, { page: request.page + 1 }));
    // The snippets' texts are asked for, the results of a phrase counted and the facets
    // counted and drawn once the frame that shows the results has been drawn, and after
    // whatever else the browser has to do: asking for ten files takes the main thread some
    // milliseconds a file, checking every readout that has a phrase's words up to hundreds of
    // milliseconds, counting the facets some more, and laying out their hundreds of boxes
    // would hold back that frame.
    await afterFrame();
    if (mine !== run) return;
    if (push) history.pushState(null, "", status.dataset.query);
    items.forEach(({ fill }) => fill());
    // A count that a newer search has replaced stops where it is: its pause never ends.
    const pause = () => (mine === run ? yieldToPage() : new Promise(() => {}));
    if (known === null) {
      const total = await found.count(pause);
      if (mine !== run) return;
      announce(total, shown.length);
    }
    const counted = await found.facets(pause);
    if (mine !== run) return;
    facetsBox.replaceChildren(...counted.map((facet) => facetBox(facet, request)));
    facetsBox.dataset.query = status.dataset.query;
  }

  // Writes the number of results, `n`, into the status line that screen readers announce; while
  // it is not known (null), says that they are being counted and marks the line busy, so that
  // screen readers wait for the number.
  function announce(n, shown) {
    status.setAttribute("aria-busy", n === null ? "true" : "false");
    status.textContent =
      n === null ? t.tCounting || t.tSearching : n === 0 ? t.tNone : n === 1 ? t.tOne : numbers.format(n) + " " + t.tMany;
    more.hidden = n === null || shown >= n;
  }

  // Lets the browser draw and answer the reader between slices of a long count.
  function yieldToPage() {
    return window.scheduler && scheduler.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
  }

  // Resolves once the next frame has been drawn, in a task of background priority where the
  // browser has them (`scheduler.postTask`), so that tasks already waiting run first.
  function afterFrame() {
    const later = window.scheduler && scheduler.postTask
      ? (resolve) => scheduler.postTask(resolve, { priority: "background" })
      : (resolve) => setTimeout(resolve, 0);
    return new Promise((resolve) => requestAnimationFrame(() => later(resolve)));
  }

  // A result's list item, and the function that fills its snippet once its text arrives.
  function item(record, paragraph, forms) {
    const anchor = paragraph > 0 ? "#p" + paragraph : "";
    const snippet = element("p", { className: "snippet" });
    const people = record.participants.join(", ");
    const li = element("li", {}, [
      element("h2", {}, [element("a", { href: record.url + anchor, textContent: record.title })]),
      element("p", { className: "meta", textContent: [record.date, record.kind, people].filter(Boolean).join(" · ") }),
      snippet,
    ]);
    return { li, fill: () => fillSnippet(snippet, record, paragraph || 1, forms) };
  }

  // The matched paragraph, around its first marked word.
  async function fillSnippet(node, record, paragraph, forms) {
    let text = (await engine.paragraph(record, paragraph)).trim().replace(/\s+/g, " ");
    if (!text) return;
    const runs = marks(text, forms);
    let offset = 0;
    const first = runs.findIndex((run) => run.marked);
    for (let i = 0; i < first; i++) offset += runs[i].text.length;
    const start = Math.max(0, text.lastIndexOf(" ", Math.max(0, offset - 80)));
    const end = Math.min(text.length, offset + 200);
    text = (start > 0 ? "…" : "") + text.slice(start, end).trim() + (end < text.length ? "…" : "");
    node.replaceChildren(
      ...marks(text, forms).map((run) => (run.marked ? element("mark", { textContent: run.text }) : run.text))
    );
  }

  function facetBox(facet, request) {
    const box = element("fieldset", { className: "facet" }, [element("legend", { textContent: facet.label })]);
    const ul = element("ul");
    facet.values.forEach((value) => {
      const id = "f-" + facet.name + "-" + value.key;
      const check = element("input", { type: "checkbox", id, checked: value.chosen });
      check.addEventListener("change", () => {
        const keys = (request.filters[facet.name] || []).filter((k) => k !== value.key);
        if (check.checked) keys.push(value.key);
        request.filters[facet.name] = keys;
        go(Object.assign(request, { page: 1 }));
      });
      const label = element("label", { htmlFor: id }, [value.label + " ", element("span", { className: "count", textContent: value.count })]);
      ul.append(element("li", {}, [check, label]));
    });
    box.append(ul);
    if (facet.name === "year") box.append(yearRange(request));
    return box;
  }

  function yearRange(request) {
    const field = (name, text) => {
      const box = element("input", { type: "number", name, id: "year-" + name, value: request[name] || "", inputMode: "numeric" });
      return [element("label", { htmlFor: box.id, textContent: text }), box];
    };
    const range = element("form", { className: "years" }, [
      ...field("from", t.tFrom + " "),
      ...field("to", " " + t.tTo + " "),
      element("button", { type: "submit", textContent: t.tApply }),
    ]);
    range.addEventListener("submit", (event) => {
      event.preventDefault();
      const from = Number(range.elements.from.value) || 0;
      const to = Number(range.elements.to.value) || 0;
      go(Object.assign(request, { from, to, page: 1 }));
    });
    return range;
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const request = requestFromAddress();
    go(Object.assign(request, { q: input.value.trim(), sort: form.elements.sort.value, page: 1 }));
  });
  form.elements.sort.addEventListener("change", () => form.requestSubmit());
  window.addEventListener("popstate", () => show());
  engine.manifest().then((manifest) => {
    facetNames = manifest.facets.map((f) => f.name);
    show();
    // Every search counts the facets: they load while the reader types, after the files of a
    // search the address holds are asked for; and the regular expressions of a query and of
    // the snippets are compiled, which the first search would otherwise do on its way.
    setTimeout(() => {
      engine.facets();
      marks(parseQuery("« l’État »").phrases.join(" "), new Set());
    }, 0);
  });
})();
