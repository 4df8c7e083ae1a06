/*
 * Recours widget, what an orientation looks like: the card (level, recipient, channels,
 * dated milestones, mediator, warnings, next steps, documents, reference, letter), the
 * reference and letter of the dossier once recorded, and the agent's checklist and
 * summary. Every text comes from the server's payload.
 */
(function () {
  "use strict";

  const { LIBELLES, identifiant, el, adresseSure, lienExterne } = window.Recours;

  /* The orientation card: who, how, dates, mediator, documents, reference and letter. */
  function carte(orientation, audience) {
    const niveaux = LIBELLES.niveaux[orientation.qualification] || {};
    // A mere request is no step of a complaint: no "Étape 1 sur 3" for it.
    const etape =
      orientation.qualification === "demande"
        ? null
        : `${LIBELLES.etape} ${orientation.niveau} ${LIBELLES.surTrois}`;
    const titre = el("h3", { class: "recours-carte-titre" }, orientation.service);
    titre.id = identifiant("carte");
    const article = el(
      "article",
      {
        class: "recours-carte",
        "data-niveau": orientation.niveau,
        "aria-label": LIBELLES.carte[audience],
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
      el("ul", {}, ...(orientation.canaux || []).map((c) => canal(c))),
    );
    // The milestones come labelled and written in French by the server (bot/jalons.py).
    const jalons = orientation.jalons || [];
    if (jalons.length) {
      const liste = el("dl", { class: "recours-dates" });
      for (const jalon of jalons) {
        // A day already over is said to be, as in the text (the sending date is a fact).
        const passe = jalon.passe && jalon.code !== "envoi";
        liste.append(
          el("dt", {}, jalon.libelle),
          el(
            "dd",
            { class: passe ? "recours-passe" : null },
            el("time", { datetime: jalon.date }, jalon.date_fr),
            passe ? LIBELLES.passee : null,
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
        LIBELLES.mediateur,
        "recours-mediateur",
        el("p", { class: "recours-nom" }, mediateur.nom),
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
        el("ul", {}, ...(apres.canaux || []).map((c) => canal(c))),
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
        el("ul", {}, canal(orientation.courrier_medical)),
      );
    }
    const dossier = elementsDuDossier(orientation);
    if (dossier.length) {
      article.append(el("footer", { class: "recours-carte-pied" }, ...dossier));
    }
    return article;
  }

  /* Once recorded, what the dossier adds to the card shown just before: its reference
     and its letter. */
  function dossierEnregistre(orientation, audience) {
    return el(
      "section",
      { class: "recours-dossier", "aria-label": LIBELLES.dossier[audience] },
      ...elementsDuDossier(orientation),
    );
  }

  /* The same orientation (the card need not be shown again): same case, level, service,
     dates and reasons; what recording adds (reference, letter) aside. */
  function memeOrientation(une, autre) {
    const signature = (o) =>
      JSON.stringify([
        o.qualification,
        o.niveau,
        o.service,
        (o.jalons || []).map((j) => [j.code, j.date]),
        (o.mediateur || {}).motifs_codes,
      ]);
    return signature(une) === signature(autre);
  }

  /* The dossier's reference and letter link (none before it is recorded). */
  function elementsDuDossier(orientation) {
    const elements = [];
    if (orientation.reference) {
      elements.push(
        el(
          "p",
          { class: "recours-reference" },
          `${LIBELLES.reference} : `,
          el("strong", {}, orientation.reference),
        ),
      );
    }
    // The server names the letter (complaint or referral, or a text to paste) when it can.
    if (orientation.lettre_url && adresseSure(orientation.lettre_url)) {
      const libelle = (orientation.lettre || {}).libelle || LIBELLES.lettre;
      const lien = lienExterne(orientation.lettre_url, libelle);
      lien.classList.add("recours-lettre");
      elements.push(el("p", {}, lien));
    } else if (orientation.lettre_montree) {
      elements.push(el("p", { class: "recours-lettre-montree" }, LIBELLES.lettreMontree));
    }
    return elements;
  }

  /* One channel: its label, and its web address, postal address or phone number. */
  function canal(voie) {
    const item = el("li", { class: `recours-canal recours-canal--${voie.type}` });
    item.append(el("span", { class: "recours-canal-libelle" }, voie.libelle));
    if (voie.url) {
      item.append(lienExterne(voie.url, voie.url));
    }
    if (voie.adresse) {
      item.append(el("span", { class: "recours-adresse" }, voie.adresse));
    }
    if (voie.numero) {
      item.append(el("a", { href: `tel:${voie.numero.replace(/[^0-9+]/g, "")}` }, voie.numero));
    }
    return item;
  }

  /* The agent's checklist and case summary; ``noter(rang, coche)`` keeps a ticked box. */
  function synthese(message, noter) {
    const donnees = message.synthese;
    const idTitre = identifiant("synthese");
    const idResume = identifiant("resume");
    const section = el(
      "section",
      { class: "recours-synthese", "aria-labelledby": idTitre },
      el("h3", { id: idTitre }, donnees.titre),
    );
    const liste = el("ul", { class: "recours-controle" });
    (donnees.liste_controle || []).forEach((point, rang) => {
      const case_ = el("input", { type: "checkbox", checked: Boolean(message.coches[rang]) });
      case_.addEventListener("change", () => {
        noter(rang, case_.checked);
      });
      liste.append(el("li", {}, el("label", {}, case_, " ", point)));
    });
    const texte = donnees.resume || "";
    const lignes = Math.min(texte.split("\n").length + 1, 18);
    const resume = el("textarea", {
      id: idResume,
      class: "recours-resume",
      readonly: true,
      rows: lignes,
    });
    resume.value = texte;
    const retour = el("p", { class: "recours-copie", role: "status" });
    const bouton = el("button", { type: "button", class: "recours-copier" }, LIBELLES.copier);
    bouton.addEventListener("click", () => copier(resume, retour));
    section.append(
      liste,
      el("label", { for: idResume, class: "recours-rubrique" }, donnees.titre_resume),
      resume,
      bouton,
      retour,
    );
    return section;
  }

  /* Copy the summary, or select it for Ctrl+C when the clipboard is not available. */
  function copier(zone, retour) {
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

  Object.assign(window.Recours, { carte, dossierEnregistre, memeOrientation, synthese });
})();
