1# The help lines, Romanian. Only facts from ../shared/facts.md; cost, hours and notes only
# where verified there.

line-anitp-name = Linia împotriva traficului de persoane (ANITP)
line-anitp-purpose = Informații și sfaturi despre traficul de persoane. Aici poți semnala și o bănuială.
line-anitp-who = Agenția Națională împotriva Traficului de Persoane (ANITP).
line-anitp-happens = Spui ce te îngrijorează și primești informații și sfaturi. Poți întreba de la început ce se întâmplă cu ce le spui. Dacă cineva e în pericol chiar acum, sună la 112.
line-anitp-cost = Apel gratuit.
line-anitp-note = ANITP răspunde și la mesaje pe paginile sale de Facebook, Instagram și TikTok.

line-emergency-name = Urgențe: 112
line-emergency-purpose = Când cineva e în pericol chiar acum.
line-emergency-who = Operatorul numărului unic de urgență 112.
line-emergency-happens = Operatorul te întreabă ce s-a întâmplat, adresa exactă, numărul tău de telefon și numele tău.
line-emergency-cost = Gratuit.
line-emergency-hours = Non-stop (24/7).
line-emergency-note = Persoanele surde sau cu deficiențe de vorbire care s-au înregistrat dinainte pot trimite SMS la 113.

line-child-protection-name = Linia pentru copii în pericol: 119
line-child-protection-purpose = Semnalezi abuzul, neglijarea sau exploatarea unui copil.
line-child-protection-who = Serviciul de protecție a copilului din județ (DGASPC). Linia e legată de 112.
line-child-protection-happens = Poate suna un copil sau orice adult care știe de un caz. Spunem sincer: apelurile sunt localizate, identificate și înregistrate.
line-child-protection-cost = Gratuit din orice rețea.
line-child-protection-hours = Non-stop (24/7).

line-child-helpline-name = Telefonul Copilului: 116 111
line-child-helpline-purpose = Consiliere confidențială pentru copii și părinți.
line-child-helpline-who = Un consilier de la Telefonul Copilului, o organizație neguvernamentală membră a Child Helpline International.
line-child-helpline-happens = Vorbești confidențial cu un consilier despre ce te apasă. 116 111 e numărul rezervat în toată Uniunea Europeană liniilor de ajutor pentru copii.

line-esc-abuz-name = esc_ABUZ (Ora de Net, Salvați Copiii România)
line-esc-abuz-purpose = Raportezi imagini sexuale cu copii sau alt conținut dăunător de pe internet.
line-esc-abuz-who = Ora de Net, programul organizației Salvați Copiii România, membru INHOPE.
line-esc-abuz-happens = Completezi un formular online. Poți raporta anonim; datele tale personale sunt opționale. Cine raportează nu e tratat ca suspect. Raportul merge mai departe la autorități.

line-anes-name = Linia ANES: 0800 500 333
line-anes-purpose = Violență domestică, trafic de persoane și discriminare.
line-anes-who = Linia telefonică a ANES.
line-anes-happens = Spui ce se întâmplă și întrebi cum te pot ajuta și ce urmează.
line-anes-cost = Gratuit din orice rețea.
line-anes-hours = Non-stop (24/7).
