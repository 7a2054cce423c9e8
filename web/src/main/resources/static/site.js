// Enhances citation marks: hovering or focusing one shows the cited source sentence; without
// JavaScript the mark's title and link do the same job.
(function () {
  "use strict";
  var card = null;
  function hide() { if (card) { card.remove(); card = null; } }
  function show(mark) {
    hide();
    var quote = mark.getAttribute("data-quote");
    if (!quote) { return; }
    card = document.createElement("div");
    card.className = "cite-card";
    card.setAttribute("role", "tooltip");
    var outlet = document.createElement("strong");
    outlet.textContent = mark.getAttribute("data-outlet") || "Source";
    var text = document.createElement("span");
    text.textContent = quote;
    card.appendChild(outlet);
    card.appendChild(text);
    document.body.appendChild(card);
    var r = mark.getBoundingClientRect();
    var left = Math.max(8, Math.min(window.scrollX + r.left - 40, window.scrollX + document.documentElement.clientWidth - card.offsetWidth - 8));
    card.style.left = left + "px";
    card.style.top = (window.scrollY + r.bottom + 6) + "px";
  }
  document.addEventListener("mouseover", function (e) {
    var m = e.target.closest && e.target.closest("a.cite");
    if (m) { show(m); } else if (card && !e.target.closest(".cite-card")) { hide(); }
  });
  document.addEventListener("focusin", function (e) {
    var m = e.target.closest && e.target.closest("a.cite");
    if (m) { show(m); } else { hide(); }
  });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") { hide(); } });
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("a.cite").forEach(function (m) { m.removeAttribute("title"); });
  });
})();
