/* Sharing without any outside service: copy a link, print, and a list of saved listings kept
   in this browser only (localStorage), opened as /<lang>/list/?ids=…  Without JavaScript the
   link stays selectable and the browser's own print works. */
(function () {
  var KEY = "hub-saved";
  function saved() {
    try { return JSON.parse(localStorage.getItem(KEY)) || []; } catch (e) { return []; }
  }
  function keep(ids) {
    try { localStorage.setItem(KEY, JSON.stringify(ids)); } catch (e) { /* private mode */ }
    showList(ids);
    // Ask the service worker to keep the list as it now is, so it opens without a connection.
    var worker = navigator.serviceWorker && navigator.serviceWorker.controller;
    var link = document.querySelector("[data-my-list]");
    if (worker && link) worker.postMessage({ keep: link.href });
  }
  function showList(ids) {
    // The header's link stays, empty or not; the one beside "Save" shows once there is a list.
    document.querySelectorAll("[data-my-list], [data-header-list]").forEach(function (link) {
      if (link.hasAttribute("data-my-list")) link.hidden = ids.length === 0;
      var shown = link.querySelector("[data-count-shown]");
      if (shown) shown.hidden = ids.length === 0;
      link.href = link.getAttribute("data-base") + (ids.length ? "?ids=" + ids.join(",") : "");
      link.querySelector("[data-count]").textContent = ids.length;
    });
  }
  document.querySelectorAll("[data-copy]").forEach(function (button) {
    var field = document.getElementById(button.getAttribute("data-copy"));
    if (!field || !navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(field.value).then(function () {
        button.textContent = button.getAttribute("data-done");
      });
    });
  });
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
  document.querySelectorAll("[data-save]").forEach(function (button) {
    var id = button.getAttribute("data-save");
    function label() {
      var on = saved().indexOf(id) >= 0;
      button.setAttribute("aria-pressed", on ? "true" : "false");
      button.textContent = button.getAttribute(on ? "data-saved" : "data-unsaved");
    }
    button.hidden = false;
    label();
    button.addEventListener("click", function () {
      var ids = saved(), at = ids.indexOf(id);
      if (at >= 0) ids.splice(at, 1); else ids.push(id);
      keep(ids);
      label();
    });
  });
  document.querySelectorAll("[data-unsave]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      keep(saved().filter(function (id) { return id !== button.getAttribute("data-unsave"); }));
      button.closest("li").remove();
    });
  });
  showList(saved());
  // The header's plain link opens /<lang>/list/ from pages without this script: fill it in.
  var list = document.querySelector("[data-saved-list]");
  if (list && !/[?&]ids=/.test(location.search) && saved().length) {
    location.replace(list.getAttribute("data-saved-list") + "?ids=" + saved().join(","));
  }
  // Keep the pages this family opens, so they work again without a connection.
  if ("serviceWorker" in navigator) {
    navigator.serviceWorker.register("/sw.js?lang=" + document.documentElement.lang).catch(function () {});
  }
})();
