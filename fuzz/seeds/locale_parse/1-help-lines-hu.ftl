1# The help lines, Hungarian. Only facts from ../shared/facts.md; cost, hours and notes only
# where verified there.

line-anitp-name = Emberkereskedelem elleni vonal (ANITP)
line-anitp-purpose = Tájékoztatás és tanács az emberkereskedelemről. Itt gyanút is jelezhetsz.
line-anitp-who = Az Emberkereskedelem Elleni Országos Ügynökség (ANITP).
line-anitp-happens = Elmondod, mi aggaszt, és tájékoztatást, tanácsot kapsz. Már az elején megkérdezheted, mi történik azzal, amit elmondasz. Ha valaki épp most veszélyben van, inkább a 112-t hívd.
line-anitp-cost = Ingyenes hívás.
line-anitp-note = Az ANITP a Facebook-, Instagram- és TikTok-oldalán is válaszol az üzenetekre.

line-emergency-name = Segélyhívó: 112
line-emergency-purpose = Ha valaki épp most veszélyben van.
line-emergency-who = A 112-es segélyhívó szám diszpécsere.
line-emergency-happens = A diszpécser megkérdezi, mi történt, és elkéri a pontos címet, a telefonszámodat és a nevedet.
line-emergency-cost = Ingyenes.
line-emergency-hours = Éjjel-nappal (24/7).
line-emergency-note = A siket vagy beszédsérült emberek, ha előre regisztráltak, SMS-t küldhetnek a 113-ra.

line-child-protection-name = Veszélyben lévő gyerekek: 119
line-child-protection-purpose = Egy gyerek bántalmazását, elhanyagolását vagy kizsákmányolását jelezheted.
line-child-protection-who = A megyei gyermekvédelmi szolgálat (DGASPC). A vonal össze van kötve a 112-vel.
line-child-protection-happens = Hívhat gyerek is, vagy bármelyik felnőtt, aki tud egy esetről. Őszintén megmondjuk: a hívásokat bemérik, azonosítják és rögzítik.
line-child-protection-cost = Bármelyik hálózatról ingyenes.
line-child-protection-hours = Éjjel-nappal (24/7).

line-child-helpline-name = Telefonul Copilului: 116 111
line-child-helpline-purpose = Bizalmas tanácsadás gyerekeknek és szülőknek.
line-child-helpline-who = Egy tanácsadó a Telefonul Copilului nevű civil szervezettől, amely a Child Helpline International tagja.
line-child-helpline-happens = Bizalmasan beszélhetsz egy tanácsadóval arról, ami a lelkedet nyomja. A 116 111 az a szám, amelyet az egész Európai Unióban a gyermeksegélyvonalaknak tartanak fenn.

line-esc-abuz-name = esc_ABUZ (Ora de Net, Save the Children Románia)
line-esc-abuz-purpose = Gyerekekről készült szexuális képeket vagy más ártalmas online tartalmat jelenthetsz.
line-esc-abuz-who = Az Ora de Net, a Save the Children Románia programja, az INHOPE tagja.
line-esc-abuz-happens = Kitöltesz egy online űrlapot. Névtelenül is jelenthetsz; a személyes adataid megadása nem kötelező. Aki jelent, azt nem kezelik gyanúsítottként. A bejelentés továbbjut a hatóságokhoz.

line-anes-name = ANES-vonal: 0800 500 333
line-anes-purpose = Családon belüli erőszak, emberkereskedelem és diszkrimináció.
line-anes-who = Az ANES telefonvonala.
line-anes-happens = Elmondod, mi történik, és megkérdezheted, mit tehetnek érted, és mi következik.
line-anes-cost = Bármelyik hálózatról ingyenes.
line-anes-hours = Éjjel-nappal (24/7).
