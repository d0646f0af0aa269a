// qungui console: progressive enhancement only (every page works without it).
// - the menu button opens and closes the side navigation on phones;
// - forms with data-confirm (and buttons with data-confirm-click) ask before destructive actions;
// - a select with data-autosubmit submits its form when changed;
// - an element with data-refresh reloads its HTML from that URL every data-refresh-every ms (the live
//   acknowledgement matrix), pausing while the tab is hidden.
(function () {
  "use strict";

  function ready(fn) {
    if (document.readyState !== "loading") fn();
    else document.addEventListener("DOMContentLoaded", fn);
  }

  ready(function () {
    var toggle = document.querySelector("[data-nav-toggle]");
    if (toggle) {
      toggle.addEventListener("click", function () {
        var open = document.body.classList.toggle("nav-open");
        toggle.setAttribute("aria-expanded", open ? "true" : "false");
      });
    }

    document.querySelectorAll("form[data-confirm]").forEach(function (form) {
      form.addEventListener("submit", function (event) {
        if (!window.confirm(form.getAttribute("data-confirm"))) event.preventDefault();
      });
    });
    document.querySelectorAll("[data-confirm-click]").forEach(function (button) {
      button.addEventListener("click", function (event) {
        if (!window.confirm(button.getAttribute("data-confirm-click"))) event.preventDefault();
      });
    });

    document.querySelectorAll("select[data-autosubmit]").forEach(function (select) {
      select.addEventListener("change", function () { select.form.submit(); });
    });

    document.querySelectorAll("[data-refresh]").forEach(function (box) {
      var url = box.getAttribute("data-refresh");
      var every = parseInt(box.getAttribute("data-refresh-every") || "5000", 10);
      function load() {
        if (document.hidden) return;
        fetch(url, { credentials: "same-origin", headers: { "Accept": "text/html" } })
          // a redirect means the session ended (the login page): keep the last matrix instead of showing that
          .then(function (response) { return response.ok && !response.redirected ? response.text() : null; })
          .then(function (html) { if (html) box.innerHTML = html; })
          .catch(function () { /* offline for a moment: try again next round */ });
      }
      window.setInterval(load, every);
    });
  });
})();
