/*
 * Recours chat widget: a small client of Rasa's socket.io channel, without framework.
 *
 * The page gives its settings as data attributes of <div id="recours">. Every piece of
 * text that comes from the conversation (the person's messages, the assistant's answers,
 * the orientation's fields) is inserted with textContent or as an attribute value, never
 * as HTML. The conversation (session id and messages) is kept in localStorage so that it
 * survives a reload; Rasa keeps the same conversation for that session id.
 */
(function () {
  "use strict";

  // Rasa starts a new session after an hour of silence (domain.yml, session_config):
  // the widget forgets its copy of the conversation after the same hour.
  const EXPIRATION_MS = 60 * 60 * 1000;
  const MESSAGES_GARDES = 300;
  const ATTENTE_MAX_MS = 20000;

  const LIBELLES = {
    lanceur: "Une réclamation ? Recours vous guide",
    titre: "Recours",
    sousTitre: { public: "Assistant réclamations", agent: "Mode conseiller" },
    nouvelle: "Recommencer",
    nouvelleTitre: "Nouvelle conversation : les réponses affichées sont effacées",
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
    mediateur: "Médiateur",
    attention: "Attention",
    ensuite: "Et ensuite",
    pieces: "Pièces à joindre",
    medical: "Informations médicales",
    reference: "Référence du dossier",
    lettre: "Télécharger la lettre de réclamation",
    nouvelOnglet: " (nouvel onglet)",
    copier: "Copier le résumé",
    copie: "Résumé copié.",
    copieImpossible: "Copie impossible : sélectionnez le texte puis copiez-le (Ctrl+C).",
  };

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
      return { session: null, messages: [], ouvert: false, activite: Date.now() };
    }

    /* A person's message is stored as typed only once the server has answered it (and
       so checked it for health details); until then, and when masked, the notice. */
    ecrire(etat) {
      try {
        const messages = etat.messages
          .slice(-MESSAGES_GARDES)
          .map((m) => (m.de === "personne" && !m.verifie ? { ...m, texte: LIBELLES.masque } : m));
        const garde = { ...etat, messages };
        window.localStorage.setItem(this.cle, JSON.stringify(garde));
      } catch (erreur) {
        // Storage full or disabled: the conversation simply won't survive a reload.
      }
    }
  }

  class Widget {
    constructor(racine) {
      const donnees = racine.dataset;
      this.racine = racine;
      this.audience = donnees.audience === "agent" ? "agent" : "public";
      this.organisation = donnees.organisation || "";
      this.nomOrganisation = donnees.organisationNom || "";
      this.origine = donnees.rasaOrigine;
      this.cheminSocket = donnees.socketChemin || "/socket.io";
      this.flottant = racine.classList.contains("recours--flottant");
      this.stockage = new Stockage(`recours:${this.audience}:${this.organisation || "-"}`);
      this.etat = this.stockage.lire();
      this.socket = null;
      this.sessionConfirmee = false;
      this.enAttente = [];
      this.minuterie = null;
    }

    demarrer() {
      this.construire();
      if (!this.flottant || this.etat.ouvert) {
        this.ouvrir(false);
      }
    }

    construire() {
      const idPanneau = identifiant("panneau");
      const idSaisie = identifiant("saisie");
      const idTitre = identifiant("titre");
      this.fil = el("ol", { class: "recours-fil", role: "log", "aria-label": LIBELLES.fil });
      this.etat.messages.forEach((message, index) => this.fil.append(this.rendre(message, index)));
      this.statut = el("p", { class: "recours-statut", role: "status" });
      this.champ = el("input", {
        id: idSaisie,
        type: "text",
        class: "recours-champ",
        autocomplete: "off",
        maxlength: "2000",
        placeholder: LIBELLES.exemple[this.audience],
      });
      this.formulaire = el(
        "form",
        { class: "recours-saisie" },
        el("label", { for: idSaisie, class: "recours-invisible" }, LIBELLES.saisie[this.audience]),
        this.champ,
        el("button", { type: "submit", class: "recours-envoyer" }, LIBELLES.envoyer),
      );
      this.formulaire.addEventListener("submit", (evenement) => {
        evenement.preventDefault();
        const texte = this.champ.value.trim();
        if (texte) {
          this.champ.value = "";
          this.envoyer(texte, texte);
        }
      });
      const nouvelle = el(
        "button",
        { type: "button", class: "recours-nouvelle", title: LIBELLES.nouvelleTitre },
        LIBELLES.nouvelle,
      );
      nouvelle.addEventListener("click", () => this.recommencer());
      const sousTitre = [LIBELLES.sousTitre[this.audience], this.nomOrganisation]
        .filter(Boolean)
        .join(" · ");
      const entete = el(
        "header",
        { class: "recours-entete" },
        el(
          "div",
          { class: "recours-titres" },
          el("h2", { id: idTitre, class: "recours-titre" }, LIBELLES.titre),
          el("p", { class: "recours-sous-titre" }, sousTitre),
        ),
        nouvelle,
      );
      this.panneau = el(
        "section",
        { id: idPanneau, class: "recours-panneau", "aria-labelledby": idTitre },
        entete,
        this.fil,
        this.statut,
        this.formulaire,
      );
      if (this.flottant) {
        const fermer = el(
          "button",
          { type: "button", class: "recours-fermer", "aria-label": LIBELLES.fermer },
          "×",
        );
        fermer.addEventListener("click", () => this.fermer());
        entete.append(fermer);
        this.panneau.hidden = true;
        this.panneau.addEventListener("keydown", (evenement) => {
          if (evenement.key === "Escape") {
            this.fermer();
          }
        });
        this.lanceur = el(
          "button",
          {
            type: "button",
            class: "recours-lanceur",
            "aria-expanded": "false",
            "aria-controls": idPanneau,
          },
          LIBELLES.lanceur,
        );
        this.lanceur.addEventListener("click", () =>
          this.panneau.hidden ? this.ouvrir(true) : this.fermer(),
        );
        this.racine.append(this.lanceur);
      }
      this.racine.append(this.panneau);
    }

    ouvrir(parLaPersonne) {
      this.panneau.hidden = false;
      if (this.lanceur) {
        this.lanceur.setAttribute("aria-expanded", "true");
        this.lanceur.hidden = true;
      }
      this.etat.ouvert = true;
      this.sauver();
      this.defiler();
      if (parLaPersonne) {
        this.champ.focus();
      }
      this.connecter();
    }

    fermer() {
      this.panneau.hidden = true;
      this.lanceur.hidden = false;
      this.lanceur.setAttribute("aria-expanded", "false");
      this.lanceur.focus();
      this.etat.ouvert = false;
      this.sauver();
    }

    connecter() {
      if (this.socket) {
        return;
      }
      // io: the global of /vendor/socket.io.min.js (npm's socket.io-client).
      const socket = io(this.origine, { path: this.cheminSocket });
      this.socket = socket;
      // After "Nouvelle conversation", the previous socket's late events are ignored.
      const surCeSocket = (traiter) => (donnees) => {
        if (socket === this.socket) {
          traiter(donnees);
        }
      };
      socket.on("connect", surCeSocket(() => {
        socket.emit("session_request", { session_id: this.etat.session });
      }));
      socket.on("session_confirm", surCeSocket((session) => this.sessionOuverte(session)));
      socket.on("bot_uttered", surCeSocket((message) => this.recevoir(message)));
      socket.on("disconnect", surCeSocket(() => {
        this.sessionConfirmee = false;
        this.annoncer(LIBELLES.connexionPerdue);
      }));
      socket.on("connect_error", surCeSocket(() => this.annoncer(LIBELLES.connexionImpossible)));
    }

    sessionOuverte(session) {
      if (this.etat.session && session !== this.etat.session) {
        this.vider();
      }
      this.etat.session = session;
      this.sessionConfirmee = true;
      if (this.statut.textContent !== LIBELLES.ecrit) {
        this.annoncer("");
      }
      this.sauver();
      if (this.etat.messages.length === 0 && this.enAttente.length === 0) {
        this.envoyer("/greet", null);
      }
      this.enAttente.splice(0).forEach((texte) => this.emettre(texte));
    }

    metadonnees() {
      const metadonnees = { audience: this.audience };
      if (this.organisation) {
        metadonnees.organisation = this.organisation;
      }
      return metadonnees;
    }

    /* Send ``texte`` to Rasa; show ``affiche`` as the person's message (null: show nothing). */
    envoyer(texte, affiche) {
      if (Date.now() - this.etat.activite > EXPIRATION_MS) {
        this.recommencer();
      }
      if (affiche !== null) {
        this.retirerPropositions();
        this.ajouter({ de: "personne", texte: affiche, verifie: false });
      }
      if (this.sessionConfirmee) {
        this.emettre(texte);
      } else {
        this.enAttente.push(texte);
        this.connecter();
      }
      this.annoncer(LIBELLES.ecrit);
      window.clearTimeout(this.minuterie);
      this.minuterie = window.setTimeout(
        () => this.annoncer(LIBELLES.pasDeReponse),
        ATTENTE_MAX_MS,
      );
    }

    emettre(texte) {
      this.socket.emit("user_uttered", {
        message: texte,
        session_id: this.etat.session,
        metadata: this.metadonnees(),
      });
    }

    recevoir(message) {
      window.clearTimeout(this.minuterie);
      this.annoncer("");
      const custom = message.custom;
      if (custom && custom.type === "message_masque") {
        this.masquerDernierMessage();
        return;
      }
      this.etat.messages.forEach((m) => {
        if (m.de === "personne") {
          m.verifie = true;
        }
      });
      if (custom && custom.type === "orientation") {
        this.ajouter({ de: "bot", orientation: custom });
      } else if (custom && custom.type === "synthese") {
        this.ajouter({ de: "bot", synthese: custom, coches: [] });
      } else if (typeof message.text === "string") {
        const boutons = (message.quick_replies || message.buttons || []).map((bouton) => ({
          titre: String(bouton.title),
          charge: String(bouton.payload),
        }));
        this.ajouter({ de: "bot", texte: message.text, boutons });
      }
    }

    ajouter(message) {
      this.etat.messages.push(message);
      this.fil.append(this.rendre(message, this.etat.messages.length - 1));
      this.sauver();
      this.defiler();
    }

    masquerDernierMessage() {
      const index = this.etat.messages.map((m) => m.de).lastIndexOf("personne");
      if (index >= 0) {
        this.etat.messages[index].texte = LIBELLES.masque;
        this.etat.messages[index].verifie = true;
        this.fil.children[index].replaceWith(this.rendre(this.etat.messages[index], index));
        this.sauver();
      }
    }

    retirerPropositions() {
      this.fil.querySelectorAll(".recours-propositions").forEach((groupe) => groupe.remove());
      this.etat.messages.forEach((message) => delete message.boutons);
    }

    vider() {
      this.etat.messages = [];
      this.etat.session = null;
      this.fil.replaceChildren();
    }

    recommencer() {
      this.vider();
      this.enAttente = [];
      this.sessionConfirmee = false;
      this.sauver();
      if (this.socket) {
        // A new socket joins only the new conversation's room.
        const ancien = this.socket;
        this.socket = null;
        ancien.disconnect();
      }
      this.connecter();
      this.champ.focus();
    }

    sauver() {
      this.etat.activite = Date.now();
      this.stockage.ecrire(this.etat);
    }

    annoncer(texte) {
      this.statut.textContent = texte;
    }

    defiler() {
      this.fil.scrollTop = this.fil.scrollHeight;
    }

    rendre(message, index) {
      const li = el("li", { class: `recours-message recours-message--${message.de}` });
      const auteur =
        message.de === "personne" ? LIBELLES.auteur.personne[this.audience] : LIBELLES.auteur.bot;
      li.append(el("span", { class: "recours-invisible" }, auteur));
      if (message.orientation) {
        li.append(this.carte(message.orientation));
      } else if (message.synthese) {
        li.append(this.synthese(message, index));
      } else {
        li.append(el("p", { class: "recours-bulle" }, texteAvecLiens(message.texte)));
        if (message.boutons && message.boutons.length) {
          li.append(this.propositions(message.boutons));
        }
      }
      return li;
    }

    propositions(boutons) {
      const groupe = el("div", {
        class: "recours-propositions",
        role: "group",
        "aria-label": LIBELLES.propositions,
      });
      for (const bouton of boutons) {
        const noeud = el("button", { type: "button", class: "recours-proposition" }, bouton.titre);
        noeud.addEventListener("click", () => {
          this.envoyer(bouton.charge, bouton.titre);
          this.champ.focus();
        });
        groupe.append(noeud);
      }
      return groupe;
    }

    carte(orientation) {
      const niveaux = LIBELLES.niveaux[orientation.qualification] || {};
      const etape = `${LIBELLES.etape} ${orientation.niveau} ${LIBELLES.surTrois}`;
      const titre = el("h3", { class: "recours-carte-titre" }, orientation.service);
      titre.id = identifiant("carte");
      const article = el(
        "article",
        {
          class: "recours-carte",
          "data-niveau": orientation.niveau,
          "aria-label": LIBELLES.carte[this.audience],
        },
        el(
          "header",
          { class: "recours-carte-entete" },
          el(
            "p",
            { class: "recours-niveau" },
            [etape, niveaux[orientation.niveau]].filter(Boolean).join(" : "),
          ),
          el("p", { class: "recours-rubrique" }, LIBELLES.aQui),
          titre,
        ),
      );
      const rubrique = (nom, classe, ...contenu) =>
        article.append(
          el(
            "section",
            { class: classe },
            el("h4", { class: "recours-rubrique" }, nom),
            ...contenu,
          ),
        );
      rubrique(
        LIBELLES.comment,
        "recours-canaux",
        el("ul", {}, ...(orientation.canaux || []).map((canal) => this.canal(canal))),
      );
      // The milestones come labelled and written in French by the server (bot/jalons.py).
      const jalons = orientation.jalons || [];
      if (jalons.length) {
        const liste = el("dl", { class: "recours-dates" });
        for (const jalon of jalons) {
          liste.append(
            el("dt", {}, jalon.libelle),
            el(
              "dd",
              { class: jalon.passe ? "recours-passe" : null },
              el("time", { datetime: jalon.date }, jalon.date_fr),
            ),
          );
        }
        rubrique(LIBELLES.dates, "recours-echeances", liste);
      }
      // Reasons, warnings and the next steps come written in French by the server
      // (bot/presentation.py, bot/presentation_mediateur.py).
      const mediateur = orientation.mediateur || {};
      const motifs = [...(mediateur.motifs || []), mediateur.choix_du_contrat].filter(Boolean);
      if (orientation.qualification === "reclamation" && motifs.length) {
        rubrique(
          `${LIBELLES.mediateur} : ${mediateur.nom}`,
          "recours-mediateur",
          ...motifs.map((motif) => el("p", {}, motif)),
        );
      }
      const avertissements = mediateur.avertissements || [];
      if (avertissements.length) {
        rubrique(
          LIBELLES.attention,
          "recours-avertissement",
          ...avertissements.map((texte) => el("p", {}, texte)),
        );
      }
      const apres = orientation.apres_mediateur;
      if (apres) {
        rubrique(
          LIBELLES.ensuite,
          "recours-suites",
          ...(apres.textes || []).map((texte) => el("p", {}, texte)),
          el("ul", {}, ...(apres.canaux || []).map((canal) => this.canal(canal))),
        );
      }
      if ((orientation.pieces_a_joindre || []).length) {
        rubrique(
          LIBELLES.pieces,
          "recours-pieces",
          el("ul", {}, ...orientation.pieces_a_joindre.map((piece) => el("li", {}, piece))),
        );
      }
      if (orientation.courrier_medical) {
        rubrique(
          LIBELLES.medical,
          "recours-medical",
          el("ul", {}, this.canal(orientation.courrier_medical)),
        );
      }
      const pied = el("footer", { class: "recours-carte-pied" });
      if (orientation.reference) {
        pied.append(
          el(
            "p",
            { class: "recours-reference" },
            `${LIBELLES.reference} : `,
            el("strong", {}, orientation.reference),
          ),
        );
      }
      const lettre = orientation.lettre_url && adresseSure(orientation.lettre_url);
      if (lettre) {
        const lien = el("a", { href: lettre, class: "recours-lettre" }, LIBELLES.lettre);
        pied.append(el("p", {}, lien));
      }
      if (pied.childNodes.length) {
        article.append(pied);
      }
      return article;
    }

    canal(canal) {
      const item = el("li", { class: `recours-canal recours-canal--${canal.type}` });
      item.append(el("span", { class: "recours-canal-libelle" }, canal.libelle));
      if (canal.url) {
        item.append(lienExterne(canal.url, canal.url));
      }
      if (canal.adresse) {
        item.append(el("span", { class: "recours-adresse" }, canal.adresse));
      }
      if (canal.numero) {
        item.append(el("a", { href: `tel:${canal.numero.replace(/[^0-9+]/g, "")}` }, canal.numero));
      }
      return item;
    }

    synthese(message, index) {
      const synthese = message.synthese;
      const idTitre = identifiant("synthese");
      const idResume = identifiant("resume");
      const section = el(
        "section",
        { class: "recours-synthese", "aria-labelledby": idTitre },
        el("h3", { id: idTitre }, synthese.titre),
      );
      const liste = el("ul", { class: "recours-controle" });
      (synthese.liste_controle || []).forEach((point, rang) => {
        const case_ = el("input", { type: "checkbox", checked: Boolean(message.coches[rang]) });
        case_.addEventListener("change", () => {
          this.etat.messages[index].coches[rang] = case_.checked;
          this.sauver();
        });
        liste.append(el("li", {}, el("label", {}, case_, " ", point)));
      });
      const texte = synthese.resume || "";
      const lignes = Math.min(texte.split("\n").length + 1, 18);
      const resume = el("textarea", {
        id: idResume,
        class: "recours-resume",
        readonly: true,
        rows: lignes,
      });
      resume.value = texte;
      const retour = el("p", { class: "recours-copie", role: "status" });
      const copier = el("button", { type: "button", class: "recours-copier" }, LIBELLES.copier);
      copier.addEventListener("click", () => this.copier(resume, retour));
      section.append(
        liste,
        el("label", { for: idResume, class: "recours-rubrique" }, synthese.titre_resume),
        resume,
        copier,
        retour,
      );
      return section;
    }

    copier(zone, retour) {
      const reussi = () => {
        retour.textContent = LIBELLES.copie;
      };
      const echoue = () => {
        zone.focus();
        zone.select();
        retour.textContent = LIBELLES.copieImpossible;
      };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(zone.value).then(reussi, echoue);
      } else {
        echoue();
      }
    }
  }

  const racine = document.getElementById("recours");
  if (racine) {
    new Widget(racine).demarrer();
  }
})();
