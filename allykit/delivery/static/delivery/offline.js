// Offline reading: register the service worker, keep this page's module for later, and say
// when the page is available offline, with a way to remove the copies. Nothing is sent.
(function () {
  "use strict";
  var box = document.querySelector("[data-offline]");
  if (!box || !("serviceWorker" in navigator) || !window.caches) {
    return;
  }
  var message = box.querySelector("[data-offline-message]");
  var show = function (text) {
    message.textContent = text;
    box.hidden = false;
  };
  var moduleLinks = function () {
    var links = document.querySelectorAll("[data-offline-module] a[href], a[rel~='prev'], a[rel~='next']");
    var urls = [window.location.href.split("#")[0]];
    links.forEach(function (link) {
      urls.push(link.href.split("#")[0]);
    });
    return urls;
  };
  navigator.serviceWorker.register(box.dataset.swUrl).then(function () {
    return navigator.serviceWorker.ready;
  }).then(function (registration) {
    if (registration.active) {
      registration.active.postMessage({ type: "keep", urls: moduleLinks() });
    }
    return caches.match(window.location.href.split("#")[0]);
  }).then(function (hit) {
    if (hit) {
      show(box.dataset.labelSaved);
    }
  }).catch(function () {});
  navigator.serviceWorker.addEventListener("message", function (event) {
    if (event.data && event.data.type === "cleared") {
      show(box.dataset.labelCleared);
      box.querySelector("[data-offline-clear]").hidden = true;
    }
  });
  box.querySelector("[data-offline-clear]").addEventListener("click", function () {
    navigator.serviceWorker.ready.then(function (registration) {
      registration.active.postMessage({ type: "clear" });
    });
  });
})();
