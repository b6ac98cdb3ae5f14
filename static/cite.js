// "Citer ce document": copies a citation record or saves it as a file, from the text already in
// the page, so no file per record is needed on the server. Without JavaScript, the records stay
// visible and selectable; the buttons only appear when this script runs.
(function () {
  "use strict";
  for (const actions of document.querySelectorAll(".cite-actions")) {
    actions.hidden = false;
  }
  document.addEventListener("click", function (event) {
    const button = event.target.closest("button[data-cite]");
    if (!button) return;
    const source = document.getElementById(button.dataset.cite);
    if (!source) return;
    let text = source.textContent.trim() + "\n";
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
