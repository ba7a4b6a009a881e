// Arbetsmarknadssviten web: the little script the pages need (no inline scripts: the CSP forbids them).
(function () {
  "use strict";

  // A session that ended while the page was open: Quarkus OIDC answers htmx requests with 499 instead of
  // redirecting them to the login page (HtmxRequestChecker). Reload the page: the full-page request then
  // goes through the login page and comes back here.
  document.addEventListener("htmx:beforeSwap", function (event) {
    if (event.detail.xhr.status === 499) {
      event.detail.shouldSwap = false;
      window.location.reload();
    }
  });

  // Put the keyboard focus on an error summary or a confirmation when a page or fragment brings one.
  function focusMarked(root) {
    var target = (root || document).querySelector("[data-focus-on-load]");
    if (target) {
      target.focus();
    }
  }
  document.addEventListener("DOMContentLoaded", function () { focusMarked(document); });
  document.addEventListener("htmx:afterSwap", function (event) { focusMarked(event.detail.target); });

  // A search field inside a larger form (SSYK search in the placement form): Enter searches, it does not send the form.
  document.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && event.target.matches && event.target.matches("[data-no-submit]")) {
      event.preventDefault();
    }
  });

  // A search hit that fills a field: data-fill = the field's id, data-value = the value; focus goes to the field.
  document.addEventListener("click", function (event) {
    var hit = event.target.closest("[data-fill]");
    if (hit) {
      var field = document.getElementById(hit.getAttribute("data-fill"));
      if (field) {
        event.preventDefault();
        field.value = hit.getAttribute("data-value");
        field.focus();
      }
    }
  });

  // Dialogs: a button with data-open-dialog="id" opens the <dialog> (modal, focus trapped by the browser);
  // a button with data-close-dialog closes the dialog it is in and returns focus to the opener.
  document.addEventListener("click", function (event) {
    var opener = event.target.closest("[data-open-dialog]");
    if (opener) {
      var dialog = document.getElementById(opener.getAttribute("data-open-dialog"));
      if (dialog && typeof dialog.showModal === "function") {
        event.preventDefault();
        dialog.showModal();
      }
      return;
    }
    var closer = event.target.closest("[data-close-dialog]");
    if (closer) {
      var open = closer.closest("dialog");
      if (open) {
        event.preventDefault();
        open.close();
      }
    }
  });
})();

// Upload progress of a file form sent by htmx (bulk enrolment).
document.addEventListener("htmx:xhr:progress", function (event) {
  var bar = event.target.querySelector && event.target.querySelector("[data-upload-progress]");
  if (bar && event.detail.lengthComputable) {
    var percent = Math.round(event.detail.loaded / event.detail.total * 100);
    bar.value = percent;
    bar.textContent = percent + " %";
  }
});
