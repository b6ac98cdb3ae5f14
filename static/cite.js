// "Citer ce document": copies a citation record or saves it as a file, from the text already in
// the page, so no file per record is needed on the server. Without JavaScript, the records stay
// visible and selectable; the buttons only appear when this script runs.
//
// Only the reader knows when they consulted the page: the copies and files carry that access
// date (BibTeX `urldate`, RIS `Y2`, CSL `accessed`), and an undated Chicago entry, which needs
// one, shows it.
(function () {
  "use strict";
  const today = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  const [y, m, d] = [today.getFullYear(), today.getMonth() + 1, today.getDate()];
  const iso = y + "-" + pad(m) + "-" + pad(d);

  // The page gives the words ("Consulté le {date}.", "Accessed {date}.") and the locale.
  const chicago = document.querySelector("#cite-chicago[data-accessed]");
  if (chicago) {
    const locale = chicago.dataset.locale;
    let date = today.toLocaleDateString(locale, { day: "numeric", month: "long", year: "numeric" });
    // French writes the first of the month as an ordinal.
    if (locale.startsWith("fr") && d === 1) date = date.replace(/^1 /, "1er ");
    const accessed = chicago.dataset.accessed.replace("{date}", date);
    chicago.textContent = chicago.textContent.replace(/ (\S+)$/, " " + accessed + " $1");
  }
  for (const actions of document.querySelectorAll(".cite-actions")) {
    actions.hidden = false;
  }

  // A record with the access date, as the element `id` holds it.
  function accessed(id, text) {
    if (id === "cite-bib") return text.replace(/\n\}$/, "\n  urldate = {" + iso + "},\n}");
    if (id === "cite-ris") return text.replace(/\r?\nER {2}-\s*$/, "\nY2  - " + y + "/" + pad(m) + "/" + pad(d) + "/\nER  - ");
    if (id === "cite-csl") {
      const items = JSON.parse(text);
      for (const item of items) item.accessed = { "date-parts": [[y, m, d]] };
      return JSON.stringify(items);
    }
    return text;
  }

  document.addEventListener("click", function (event) {
    const button = event.target.closest("button[data-cite]");
    if (!button) return;
    const source = document.getElementById(button.dataset.cite);
    if (!source) return;
    let text = accessed(source.id, source.textContent.trim()) + "\n";
    // The page's HTML turns line ends into LF; RIS files are written with CRLF.
    if (button.dataset.crlf) text = text.replace(/\r?\n/g, "\r\n");
    if (button.dataset.file) {
      const url = URL.createObjectURL(new Blob([text], { type: button.dataset.type + ";charset=utf-8" }));
      const link = document.createElement("a");
      link.href = url;
      link.download = button.dataset.file;
      document.body.appendChild(link);
      link.click();
      link.remove();
      URL.revokeObjectURL(url);
    } else if (navigator.clipboard) {
      const label = button.textContent;
      navigator.clipboard.writeText(text.trim()).then(function () {
        button.textContent = "Copié";
        setTimeout(function () { button.textContent = label; }, 1500);
      });
    }
  });
})();
