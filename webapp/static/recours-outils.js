/*
 * Recours widget, shared pieces: its French labels, safe element building (text nodes
 * and attribute values only, never HTML), safe links, and the browser storage of a
 * conversation. Loaded before recours-carte.js and recours.js (webapp/gabarits/page.html).
 */
(function () {
  "use strict";

  // Rasa starts a new session after an hour of silence (domain.yml, session_config):
  // the widget forgets its copy of the conversation after the same hour.
  const EXPIRATION_MS = 60 * 60 * 1000;
  const MESSAGES_GARDES = 300;
  const ATTENTE_MAX_MS = 35000; // lanceur/delais.py: the last of the timeouts of a turn

  const LIBELLES = {
    lanceur: "Une réclamation ? Recours vous guide",
    titre: "Recours",
    sousTitre: { public: "Assistant réclamations", agent: "Mode conseiller" },
    nouvelle: { public: "Recommencer", agent: "Nouvel appel" },
    questionNouvelle: {
      public: "Effacer cette conversation et recommencer ?",
      agent: "Terminer cet appel et en commencer un nouveau ? L'écran sera effacé.",
    },
    confirmerNouvelle: { public: "Oui, recommencer", agent: "Oui, nouvel appel" },
    annuler: "Annuler",
    fermer: "Fermer l'assistant",
    fil: "Conversation avec Recours",
    auteur: { personne: { public: "Vous : ", agent: "Vous : " }, bot: "Recours : " },
    saisie: { public: "Votre message", agent: "Réponse de l'adhérent" },
    exemple: { public: "Écrivez votre message…", agent: "Saisissez ce que dit l'adhérent…" },
    envoyer: "Envoyer",
    propositions: "Réponses proposées",
    ecrit: "Recours écrit…",
    connexionPerdue: "Connexion interrompue : nouvelle tentative en cours…",
    connexionImpossible: "Le service ne répond pas pour le moment. Nouvelle tentative en cours…",
    pasDeReponse: "Pas de réponse pour le moment. Réessayez dans un instant.",
    masque: "[message masqué : informations médicales]",
    carte: { public: "Votre orientation", agent: "Orientation du dossier" },
    etape: "Étape",
    surTrois: "sur 3",
    niveaux: {
      demande: { 1: "demande au service concerné" },
      reclamation: { 1: "contacter l'organisme", 2: "réclamation écrite", 3: "médiateur" },
    },
    aQui: "À qui s'adresser",
    comment: "Comment",
    dates: "Dates clés",
    passee: " (date passée)",
    mediateur: "Médiateur",
    attention: "Attention",
    ensuite: "Et ensuite",
    pieces: "Pièces à joindre",
    medical: "Informations médicales",
    reference: "Référence du dossier",
    dossier: { public: "Votre dossier enregistré", agent: "Dossier enregistré" },
    lettre: "Télécharger la lettre de réclamation",
    lettreMontree:
      "Le lien de la lettre n'est montré qu'une fois : il est aussi dans la copie datée " +
      "envoyée par e-mail. Pour un nouveau lien, demandez « où en est mon dossier ? ».",
    nouvelOnglet: " (nouvel onglet)",
    copier: "Copier le résumé",
    copie: "Résumé copié.",
    copieImpossible: "Copie impossible : sélectionnez le texte puis copiez-le (Ctrl+C).",
  };

  // The width under which the floating panel covers the screen (recours.css, @media).
  const PLEIN_ECRAN = "(max-width: 30rem)";
  const FOCUSABLES = "a[href], button, input, select, textarea, [tabindex='0']";

  let compteur = 0;

  function identifiant(prefixe) {
    compteur += 1;
    return `recours-${prefixe}-${compteur}`;
  }

  /* An element with attributes and children; strings become text nodes. */
  function el(nom, attributs, ...enfants) {
    const noeud = document.createElement(nom);
    for (const [cle, valeur] of Object.entries(attributs || {})) {
      if (valeur !== null && valeur !== undefined && valeur !== false) {
        noeud.setAttribute(cle, valeur === true ? "" : String(valeur));
      }
    }
    for (const enfant of enfants) {
      if (enfant !== null && enfant !== undefined) {
        noeud.append(typeof enfant === "string" ? document.createTextNode(enfant) : enfant);
      }
    }
    return noeud;
  }

  /* A link only for http(s) addresses, absolute or relative to this page. */
  function adresseSure(url) {
    try {
      const analysee = new URL(url, window.location.href);
      return analysee.protocol === "https:" || analysee.protocol === "http:" ? analysee.href : null;
    } catch (erreur) {
      return null;
    }
  }

  function lienExterne(url, texte) {
    const sure = adresseSure(url);
    if (sure === null) {
      return el("span", {}, texte);
    }
    return el(
      "a",
      { href: sure, target: "_blank", rel: "noopener noreferrer" },
      texte,
      el("span", { class: "recours-invisible" }, LIBELLES.nouvelOnglet),
    );
  }

  /* Text with its web addresses turned into links (as text nodes and <a>, never HTML). */
  function texteAvecLiens(texte) {
    const fragment = document.createDocumentFragment();
    const motif = /https?:\/\/[^\s<>"«»]+[^\s<>"«».,;:!?)]/g;
    let debut = 0;
    for (const trouve of texte.matchAll(motif)) {
      fragment.append(document.createTextNode(texte.slice(debut, trouve.index)));
      fragment.append(lienExterne(trouve[0], trouve[0]));
      debut = trouve.index + trouve[0].length;
    }
    fragment.append(document.createTextNode(texte.slice(debut)));
    return fragment;
  }

  /* What a message keeps in the browser's storage. A person's message is stored as typed
     only once the server has answered it (and so checked it for health details); until
     then, and when masked, the notice. A letter's link carries its key: it is shown once,
     on screen, and never stored (the dated e-mail and the follow-up give it again). */
  function aGarder(message) {
    if (message.de === "personne" && !message.verifie) {
      return { ...message, texte: LIBELLES.masque };
    }
    for (const champ of ["orientation", "dossier"]) {
      if (message[champ] && message[champ].lettre_url) {
        const { lettre_url: _lien, ...reste } = message[champ];
        return { ...message, [champ]: { ...reste, lettre_montree: true } };
      }
    }
    return message;
  }

  class Stockage {
    constructor(cle) {
      this.cle = cle;
    }

    lire() {
      try {
        const etat = JSON.parse(window.localStorage.getItem(this.cle) || "null");
        if (etat && Array.isArray(etat.messages) && Date.now() - etat.activite < EXPIRATION_MS) {
          return etat;
        }
      } catch (erreur) {
        // Unreadable or unavailable storage: start afresh.
      }
      return { session: null, jeton: null, messages: [], ouvert: false, activite: Date.now() };
    }

    ecrire(etat) {
      try {
        const messages = etat.messages.slice(-MESSAGES_GARDES).map(aGarder);
        const garde = { ...etat, messages };
        window.localStorage.setItem(this.cle, JSON.stringify(garde));
      } catch (erreur) {
        // Storage full or disabled: the conversation simply won't survive a reload.
      }
    }
  }

  window.Recours = {
    EXPIRATION_MS,
    MESSAGES_GARDES,
    ATTENTE_MAX_MS,
    PLEIN_ECRAN,
    FOCUSABLES,
    LIBELLES,
    identifiant,
    el,
    adresseSure,
    lienExterne,
    texteAvecLiens,
    Stockage,
  };
})();
