// The dashboard's only script, and optional: every minute it reads the same page again and swaps in the
// parts marked data-live (figures, tables), so the figures stay current without a reload. Without it the
// pages work the same; they just do not refresh themselves.
(function () {
  "use strict";
  var main = document.querySelector("main[data-refresh]");
  if (!main || !window.fetch || !window.DOMParser) return;
  var seconds = Number(main.getAttribute("data-refresh")) || 60;

  function swap(fresh) {
    document.querySelectorAll("[data-live][id]").forEach(function (old) {
      var next = fresh.getElementById(old.id);
      // Leave alone what someone is using (focus inside, an open details), and what is gone.
      if (!next || old.contains(document.activeElement)) return;
      if (old.querySelector("details[open]") && next.querySelector("details")) {
        next.querySelector("details").setAttribute("open", "");
      }
      old.replaceWith(next);
    });
    var updated = fresh.querySelector("[data-updated]");
    var current = document.querySelector("[data-updated]");
    if (updated && current) current.innerHTML = updated.innerHTML;
  }

  function refresh() {
    if (document.hidden) return;
    fetch(location.href, { credentials: "same-origin", headers: { Accept: "text/html" } })
      .then(function (response) {
        // A session that ended sends us to the login page: follow it, as a reload would.
        if (response.redirected || response.status === 401) return location.reload();
        if (!response.ok) return;
        return response.text().then(function (text) {
          swap(new DOMParser().parseFromString(text, "text/html"));
        });
      })
      .catch(function () {
        // Offline for a moment: try again at the next tick.
      });
  }

  setInterval(refresh, seconds * 1000);
  document.addEventListener("visibilitychange", function () {
    if (!document.hidden) refresh();
  });
})();
