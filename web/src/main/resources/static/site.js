// Enhances citation marks. Without JavaScript a mark is a link to the cited passage in the
// source text, and its title shows the passage on hover. With it, hovering or focusing a mark
// shows the cited sentence in a card; on touch screens the first tap shows the card and a
// second tap (or the card's link) goes to the source.
(function () {
  "use strict";
  var card = null;
  var owner = null;

  function hide() {
    if (card) { card.remove(); }
    if (owner) { owner.removeAttribute("aria-describedby"); }
    card = null;
    owner = null;
  }

  function link(text, href) {
    var a = document.createElement("a");
    a.textContent = text;
    a.href = href;
    return a;
  }

  function show(mark) {
    if (owner === mark) { return; }
    hide();
    var quote = mark.getAttribute("data-quote");
    if (!quote) { return; }
    card = document.createElement("div");
    card.className = "cite-card";
    card.id = "cite-card";
    card.setAttribute("role", "tooltip");
    var outlet = document.createElement("strong");
    outlet.textContent = mark.getAttribute("data-outlet") || "Source";
    var text = document.createElement("q");
    text.textContent = quote;
    var links = document.createElement("span");
    links.className = "cite-links";
    links.appendChild(link("Read it in the source text", mark.getAttribute("href")));
    var original = mark.getAttribute("data-original");
    if (original && /^https?:\/\//i.test(original)) {
      links.appendChild(document.createTextNode(" · "));
      var o = link("original", original);
      o.rel = "noopener nofollow";
      o.referrerPolicy = "no-referrer";
      links.appendChild(o);
    }
    card.appendChild(outlet);
    card.appendChild(text);
    card.appendChild(links);
    document.body.appendChild(card);
    owner = mark;
    mark.setAttribute("aria-describedby", card.id);
    var r = mark.getBoundingClientRect();
    var width = document.documentElement.clientWidth;
    var left = Math.max(8, Math.min(window.scrollX + r.left - 40, window.scrollX + width - card.offsetWidth - 8));
    var below = r.bottom + 6 + card.offsetHeight < window.innerHeight || r.top < card.offsetHeight + 12;
    card.style.left = left + "px";
    card.style.top = (below ? window.scrollY + r.bottom + 6 : window.scrollY + r.top - card.offsetHeight - 6) + "px";
  }

  function markOf(target) {
    return target && target.closest ? target.closest("a.cite") : null;
  }

  var touched = false;
  var pointerAt = 0;
  document.addEventListener("pointerdown", function (e) {
    touched = e.pointerType === "touch" || e.pointerType === "pen";
    pointerAt = Date.now();
  });
  document.addEventListener("click", function (e) {
    var m = markOf(e.target);
    if (m && touched && owner !== m) {
      // First tap on a touch screen: show the card instead of leaving the page.
      e.preventDefault();
      show(m);
    } else if (!m && card && !card.contains(e.target)) {
      hide();
    }
  });
  document.addEventListener("mouseover", function (e) {
    if (touched) { return; }
    var m = markOf(e.target);
    if (m) { show(m); } else if (card && !card.contains(e.target)) { hide(); }
  });
  document.addEventListener("focusin", function (e) {
    // Focus that follows a press is the pointer's; the click decides. Only keyboard focus shows the card here.
    if (Date.now() - pointerAt < 800) { return; }
    var m = markOf(e.target);
    if (m) { show(m); } else if (card && !card.contains(e.target)) { hide(); }
  });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") { hide(); } });
  document.addEventListener("DOMContentLoaded", function () {
    // The card replaces the native tooltip; keep the passage in the accessible description.
    document.querySelectorAll("a.cite").forEach(function (m) { m.removeAttribute("title"); });
    document.documentElement.classList.add("js");
  });
})();
