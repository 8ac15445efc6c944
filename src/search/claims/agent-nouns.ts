// French nouns of the one who does something (`donateurs`, `visiteurs`, `contributrices`):
// people, though the dictionaries lack many of them.

/**
 * A French agent noun in the plural: a verb's doer (`donner` → `donateurs`, `visiter` →
 * `visiteurs`). Their things (`moteurs`, `compteurs`) and measures (`hauteurs`, `valeurs`) share
 * the ending; a claim's people in general set against one at its value counts the same crowd,
 * which a thing's count at that value seldom is. So do those who practise (`curistes`, `cyclistes`),
 * whose ending a thing's name seldom has after three letters (`listes`, `pistes` have fewer).
 */
const AGENT_PLURAL =
  /^\p{L}{3,}(?:ateurs|atrices|iteurs|iteuses|uteurs|utrices|eteurs|eteuses|istes)$/u;

/** Whether a folded count noun is a French agent noun in the plural (`donateurs`). */
export const isAgentPlural = (noun: string): boolean => AGENT_PLURAL.test(noun);
