/*
 * Recours chat widget: a small client of Rasa's socket.io channel, without framework.
 *
 * The page gives its settings as data attributes of <div id="recours">. Every piece of
 * text that comes from the conversation (the person's messages, the assistant's answers,
 * the orientation's fields) is inserted with textContent or as an attribute value, never
 * as HTML. The conversation (session id, its proof and messages) is kept in localStorage
 * so that it survives a reload: Rasa resumes a session only for the proof it gave with
 * the id (session_confirm), and opens a new one otherwise. On the agents' page, the pass
 * the signed-in page carries (data-laissez-passer) asks Rasa for the agent audience.
 */
(function () {
  "use strict";

  const {
    EXPIRATION_MS,
    ATTENTE_MAX_MS,
    LIBELLES,
    identifiant,
    el,
    texteAvecLiens,
    PLEIN_ECRAN,
    FOCUSABLES,
    Stockage,
    carte,
    dossierEnregistre,
    memeOrientation,
    synthese,
  } = window.Recours;

  class Widget {
    constructor(racine) {
      const donnees = racine.dataset;
      this.racine = racine;
      this.audience = donnees.audience === "agent" ? "agent" : "public";
      this.organisation = donnees.organisation || "";
      this.nomOrganisation = donnees.organisationNom || "";
      this.laissezPasser = donnees.laissezPasser || null;
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
      // Focusable so that the conversation scrolls from the keyboard too.
      this.fil = el("div", {
        class: "recours-fil",
        role: "log",
        "aria-label": LIBELLES.fil,
        tabindex: "0",
      });
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
      );
      this.panneau = el(
        "section",
        { id: idPanneau, class: "recours-panneau", "aria-labelledby": idTitre },
        entete,
        this.fil,
        this.statut,
        this.formulaire,
        this.pied(),
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
        this.pleinEcran = window.matchMedia(PLEIN_ECRAN);
        this.panneau.addEventListener("keydown", (evenement) => {
          if (evenement.key === "Escape") {
            this.fermer();
          } else if (evenement.key === "Tab") {
            this.garderLeFocus(evenement);
          }
        });
        // Whatever moves focus behind the full-screen panel (Tab from the page after a
        // reload, a script) brings it back to the input.
        document.addEventListener("focusin", (evenement) => {
          const cache = !this.panneau.hidden && this.pleinEcran.matches;
          if (cache && !this.panneau.contains(evenement.target)) {
            this.champ.focus();
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

    /* The panel's foot: "Recommencer" ("Nouvel appel" for an agent), away from the close
       button, asks to confirm. */
    pied() {
      const bouton = (classe, texte) => el("button", { type: "button", class: classe }, texte);
      const nouvelle = bouton("recours-nouvelle", LIBELLES.nouvelle[this.audience]);
      const idQuestion = identifiant("confirmation");
      const annuler = bouton("recours-annuler", LIBELLES.annuler);
      const confirmer = bouton("recours-confirmer", LIBELLES.confirmerNouvelle[this.audience]);
      const confirmation = el(
        "div",
        { class: "recours-confirmation", role: "group", "aria-labelledby": idQuestion },
        el("p", { id: idQuestion }, LIBELLES.questionNouvelle[this.audience]),
        confirmer,
        annuler,
      );
      confirmation.hidden = true;
      const demander = (oui) => {
        confirmation.hidden = !oui;
        nouvelle.hidden = oui;
        (oui ? annuler : nouvelle).focus();
      };
      nouvelle.addEventListener("click", () => demander(true));
      annuler.addEventListener("click", () => demander(false));
      confirmer.addEventListener("click", () => {
        confirmation.hidden = true;
        nouvelle.hidden = false;
        this.recommencer();
      });
      confirmation.addEventListener("keydown", (evenement) => {
        if (evenement.key === "Escape") {
          evenement.stopPropagation();
          demander(false);
        }
      });
      return el("div", { class: "recours-pied" }, nouvelle, confirmation);
    }

    /* Full screen (a phone), the panel covers the page: Tab and Shift+Tab stay inside. */
    garderLeFocus(evenement) {
      if (!this.pleinEcran.matches) {
        return;
      }
      const focusables = [...this.panneau.querySelectorAll(FOCUSABLES)].filter(
        (noeud) => !noeud.disabled && noeud.getClientRects().length > 0,
      );
      if (focusables.length === 0) {
        return;
      }
      const premier = focusables[0];
      const dernier = focusables[focusables.length - 1];
      const actif = document.activeElement;
      if (evenement.shiftKey && actif === premier) {
        evenement.preventDefault();
        dernier.focus();
      } else if (!evenement.shiftKey && actif === dernier) {
        evenement.preventDefault();
        premier.focus();
      }
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
        socket.emit("session_request", {
          session_id: this.etat.session,
          jeton: this.etat.jeton,
          laissez_passer: this.laissezPasser,
        });
      }));
      socket.on("session_confirm", (session, jeton) => {
        if (socket === this.socket) {
          this.sessionOuverte(session, jeton);
        }
      });
      socket.on("bot_uttered", surCeSocket((message) => this.recevoir(message)));
      socket.on("disconnect", surCeSocket(() => {
        this.sessionConfirmee = false;
        this.annoncer(LIBELLES.connexionPerdue);
      }));
      socket.on("connect_error", surCeSocket(() => this.annoncer(LIBELLES.connexionImpossible)));
    }

    sessionOuverte(session, jeton) {
      if (this.etat.session && session !== this.etat.session) {
        this.vider();
      }
      this.etat.session = session;
      this.etat.jeton = jeton;
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

    /* The audience is the server's to grant (the agent pass), not the page's to claim. */
    metadonnees() {
      return this.organisation ? { organisation: this.organisation } : {};
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
        // The orientation just shown, now recorded: its reference and letter, not the card again.
        const precedente = this.derniereOrientation();
        if (custom.reference && precedente && memeOrientation(precedente, custom)) {
          this.ajouter({ de: "bot", dossier: custom });
        } else {
          this.ajouter({ de: "bot", orientation: custom });
        }
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

    derniereOrientation() {
      const messages = this.etat.messages.filter((m) => m.orientation);
      return messages.length ? messages[messages.length - 1].orientation : null;
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
      this.etat.jeton = null;
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
      const noeud = el("div", { class: `recours-message recours-message--${message.de}` });
      const auteur =
        message.de === "personne" ? LIBELLES.auteur.personne[this.audience] : LIBELLES.auteur.bot;
      noeud.append(el("span", { class: "recours-invisible" }, auteur));
      if (message.orientation) {
        noeud.append(carte(message.orientation, this.audience));
      } else if (message.dossier) {
        noeud.append(dossierEnregistre(message.dossier, this.audience));
      } else if (message.synthese) {
        noeud.append(synthese(message, (rang, coche) => {
          this.etat.messages[index].coches[rang] = coche;
          this.sauver();
        }));
      } else {
        noeud.append(el("p", { class: "recours-bulle" }, texteAvecLiens(message.texte)));
        if (message.boutons && message.boutons.length) {
          noeud.append(this.propositions(message.boutons));
        }
      }
      return noeud;
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

  }

  const racine = document.getElementById("recours");
  if (racine) {
    new Widget(racine).demarrer();
  }
})();
