// The letter page: its token is the address's fragment, which no server sees; posted
// here to the web app, which answers the letter (webapp/dossiers.py).
(function () {
  "use strict";
  var etat = document.getElementById("etat");
  var cle = new URLSearchParams(window.location.hash.slice(1));
  function perime() {
    etat.textContent = etat.getAttribute("data-perime");
  }
  if (!cle.get("jeton")) {
    perime();
    return;
  }
  window
    .fetch(window.location.pathname, {
      method: "POST",
      body: cle,
      credentials: "omit",
      cache: "no-store",
      referrerPolicy: "no-referrer",
    })
    .then(function (reponse) {
      if (!reponse.ok) {
        throw new Error(String(reponse.status));
      }
      return reponse.text();
    })
    .then(function (page) {
      var lettre = new DOMParser().parseFromString(page, "text/html");
      document.replaceChild(
        document.adoptNode(lettre.documentElement),
        document.documentElement
      );
    })
    .catch(perime);
})();
