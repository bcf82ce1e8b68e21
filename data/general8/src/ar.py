"""Arabic items: Gulf, Maghreb, Levant, Egypt, Iraq, Sudan, Libya, Yemen (1-17 part 1, 18-40 part 2)."""
import ar1
import ar2

ITEMS = ar1.ITEMS + ar2.ITEMS
