* haven.do: the datasets of one Haven run with their codebook, for Stata 16 or later.
* Untested on Stata: written to its documentation, not run on it.
* It reads responses_wide.csv and scores_long.csv from the working directory:
*   cd "<run folder>"
*   do haven.do
* responses_wide is left in the default frame, scores_long in the frame scores_long.
* Each reverse-keyed item has a copy <name>_r = min + max - value, ready for alpha.
* Variable names: these item ids are not variable names in R, SPSS and Stata alike
* so they are mapped (manifest.json lists the same map under variableNames)
* and every other item id is its own variable name; codebook.csv keeps the ids
*   to -> to_1

version 16
import delimited using "responses_wide.csv", varnames(nonames) rowrange(2) delimiters(",") ///
    bindquote(strict) encoding("utf-8") stringcols(1) numericcols(2/7) clear
rename (v1 v2 v3 v4 v5 v6 v7) ///
    (pid wave calm_1 calm_2 trust_1 to_1 trust_2)
label variable pid "Participant (pseudonym)"
label variable wave "Wave"
label variable calm_1 `"I stay calm"'
label variable calm_2 `"I get heated (reverse-keyed)"'
label variable trust_1 `"My partner's word counts"'
label variable to_1 `"It's \$5 or \`more\` " 'quoted'" over two lines, café (reverse-keyed)"'
label variable trust_2 `"How sure, 0 to 100?"'
label define haven_scale_1 ///
    1 `"don't agree"' ///
    3 `"50/50"' ///
    5 `"agree "fully""', replace
label values calm_1 calm_2 trust_1 to_1 haven_scale_1
generate calm_2_r = 6 - calm_2
label variable calm_2_r `"I get heated (reversed: 6 - calm_2)"'
generate to_1_r = 6 - to_1
label variable to_1_r `"It's \$5 or \`more\` " 'quoted'" over two lines, café (reversed: 6 - to_1)"'
* save "responses_wide.dta", replace

capture frame drop scores_long
frame create scores_long
frame scores_long {
    import delimited using "scores_long.csv", varnames(nonames) rowrange(2) delimiters(",") ///
        bindquote(strict) encoding("utf-8") stringcols(1 3) numericcols(2 4) clear
    rename (v1 v2 v3 v4) (pid wave subscale_id score)
    label define haven_subscales ///
        1 `"calm"' ///
        2 `"trust"' ///
        3 `"safety"', replace
    * noextend: a subscale this file does not know stops it
    encode subscale_id, generate(subscale) label(haven_subscales) noextend
    drop subscale_id
    order pid wave subscale score
    label variable pid "Participant (pseudonym)"
    label variable wave "Wave"
    label variable subscale "Subscale or composite"
    label variable score "Score (mean of the keyed item values)"
    * save "scores_long.dta", replace
}
