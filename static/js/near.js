/* "Use my location" on the find page, only where the browser can give a position. The position
   is rounded here, on the phone, to 2 decimals (about 1 km) before it goes into the form as
   near=38.57,-121.49; the hub uses it for that one search and keeps nothing. The browser asks
   the family first; without JavaScript the page is the plain form. */
(function () {
  var template = document.getElementById("near-controls");
  if (!template || !navigator.geolocation) return;
  var place = document.getElementById("f-zip");
  var form = place.form;
  template.parentNode.insertBefore(template.content.cloneNode(true), template);
  var offer = form.querySelector("[data-near-offer]");  // (a button's CSS display beats hidden)
  var use = offer.querySelector("[data-near-use]");
  var on = form.querySelector("[data-near-on]");
  var failed = form.querySelector("[data-near-failed]");

  function rounded(degrees) { return (Math.round(degrees * 100) / 100).toFixed(2); }

  function near() { return form.querySelector("input[name=near]"); }

  function show(using) {
    place.hidden = place.disabled = using;  // a disabled field is not sent
    offer.hidden = using;
    on.hidden = !using;
    failed.hidden = true;
  }

  use.addEventListener("click", function () {
    use.disabled = true;
    navigator.geolocation.getCurrentPosition(function (position) {
      var field = near();
      if (!field) {
        field = document.createElement("input");
        field.type = "hidden";
        field.name = "near";
        template.parentNode.insertBefore(field, template);
      }
      field.value = rounded(position.coords.latitude) + "," + rounded(position.coords.longitude);
      use.disabled = false;
      show(true);
      on.querySelector("[data-near-undo]").focus();
    }, function () {
      use.disabled = false;
      failed.hidden = false;
    }, { maximumAge: 600000, timeout: 20000 });
  });

  on.querySelector("[data-near-undo]").addEventListener("click", function () {
    var field = near();
    if (field) field.parentNode.removeChild(field);
    show(false);
    place.focus();
  });

  show(!!near());  // a page answered from the location keeps it until the family undoes it
})();
