# The help lines, English. Only facts from ../shared/facts.md; cost, hours and notes only
# where verified there.

line-anitp-name = Anti-trafficking line (ANITP)
line-anitp-purpose = Information and advice about human trafficking. You can also report a suspicion here.
line-anitp-who = The National Agency against Trafficking in Persons (ANITP).
line-anitp-happens = You say what worries you and get information and advice. You can ask at the start what happens with what you tell them. If someone is in danger right now, call 112 instead.
line-anitp-cost = Free call.
line-anitp-note = ANITP also answers messages on its Facebook, Instagram and TikTok pages.

line-emergency-name = Emergencies: 112
line-emergency-purpose = When someone is in danger right now.
line-emergency-who = The operator of the 112 emergency number.
line-emergency-happens = The operator asks what happened, the exact address, your phone number and your name.
line-emergency-cost = Free.
line-emergency-hours = Day and night (24/7).
line-emergency-note = Deaf or speech-impaired people who registered beforehand can send a text message to 113.

line-child-protection-name = Children in danger: 119
line-child-protection-purpose = Report abuse, neglect or exploitation of a child.
line-child-protection-who = The county child-protection service (DGASPC). The line is linked to 112.
line-child-protection-happens = A child can call, or any adult who knows of a case. To be honest with you: calls are located, identified and recorded.
line-child-protection-cost = Free from any network.
line-child-protection-hours = Day and night (24/7).

line-child-helpline-name = Telefonul Copilului: 116 111
line-child-helpline-purpose = Confidential counselling for children and parents.
line-child-helpline-who = A counsellor at Telefonul Copilului, a non-governmental organisation that is a member of Child Helpline International.
line-child-helpline-happens = You talk to a counsellor, in confidence, about what's on your mind. 116 111 is the number reserved across the European Union for child helplines.

line-esc-abuz-name = esc_ABUZ (Ora de Net, Save the Children Romania)
line-esc-abuz-purpose = Report sexual images of children or other harmful content online.
line-esc-abuz-who = Ora de Net, a programme of Save the Children Romania, a member of INHOPE.
line-esc-abuz-happens = You fill in an online form. You can report anonymously; your personal details are optional. People who report are not treated as suspects. Reports are passed on to the authorities.

line-anes-name = ANES line: 0800 500 333
line-anes-purpose = Domestic violence, human trafficking and discrimination.
line-anes-who = The ANES phone line.
line-anes-happens = You say what is going on, and you can ask what they can do for you and what happens next.
line-anes-cost = Free from any network.
line-anes-hours = Day and night (24/7).
