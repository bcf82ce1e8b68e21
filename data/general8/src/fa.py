"""Persian items: Iran 1-40, Afghanistan 41-50 (Dari), Tajikistan 51-60 (in Persian script)."""
import fa_af_tj
import fa_ir1
import fa_ir2

ITEMS = fa_ir1.ITEMS + fa_ir2.ITEMS + fa_af_tj.IRAN + fa_af_tj.AFGHANISTAN + fa_af_tj.TAJIKISTAN
