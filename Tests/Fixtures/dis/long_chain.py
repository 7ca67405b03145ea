# Many branches: EXTENDED_ARG constants, long jumps, jumps onto EXTENDED_ARG prefixes.


def classify(x):
    if 0 == x:
        return "v0"
    if 1 == x:
        return "v1"
    if 2 == x:
        return "v2"
    if 3 == x:
        return "v3"
    if 4 == x:
        return "v4"
    if 5 == x:
        return "v5"
    if 6 == x:
        return "v6"
    if 7 == x:
        return "v7"
    if 8 == x:
        return "v8"
    if 9 == x:
        return "v9"
    if 10 == x:
        return "v10"
    if 11 == x:
        return "v11"
    if 12 == x:
        return "v12"
    if 13 == x:
        return "v13"
    if 14 == x:
        return "v14"
    if 15 == x:
        return "v15"
    if 16 == x:
        return "v16"
    if 17 == x:
        return "v17"
    if 18 == x:
        return "v18"
    if 19 == x:
        return "v19"
    if 20 == x:
        return "v20"
    if 21 == x:
        return "v21"
    if 22 == x:
        return "v22"
    if 23 == x:
        return "v23"
    if 24 == x:
        return "v24"
    if 25 == x:
        return "v25"
    if 26 == x:
        return "v26"
    if 27 == x:
        return "v27"
    if 28 == x:
        return "v28"
    if 29 == x:
        return "v29"
    if 30 == x:
        return "v30"
    if 31 == x:
        return "v31"
    if 32 == x:
        return "v32"
    if 33 == x:
        return "v33"
    if 34 == x:
        return "v34"
    if 35 == x:
        return "v35"
    if 36 == x:
        return "v36"
    if 37 == x:
        return "v37"
    if 38 == x:
        return "v38"
    if 39 == x:
        return "v39"
    if 40 == x:
        return "v40"
    if 41 == x:
        return "v41"
    if 42 == x:
        return "v42"
    if 43 == x:
        return "v43"
    if 44 == x:
        return "v44"
    if 45 == x:
        return "v45"
    if 46 == x:
        return "v46"
    if 47 == x:
        return "v47"
    if 48 == x:
        return "v48"
    if 49 == x:
        return "v49"
    if 50 == x:
        return "v50"
    if 51 == x:
        return "v51"
    if 52 == x:
        return "v52"
    if 53 == x:
        return "v53"
    if 54 == x:
        return "v54"
    if 55 == x:
        return "v55"
    if 56 == x:
        return "v56"
    if 57 == x:
        return "v57"
    if 58 == x:
        return "v58"
    if 59 == x:
        return "v59"
    if 60 == x:
        return "v60"
    if 61 == x:
        return "v61"
    if 62 == x:
        return "v62"
    if 63 == x:
        return "v63"
    if 64 == x:
        return "v64"
    if 65 == x:
        return "v65"
    if 66 == x:
        return "v66"
    if 67 == x:
        return "v67"
    if 68 == x:
        return "v68"
    if 69 == x:
        return "v69"
    if 70 == x:
        return "v70"
    if 71 == x:
        return "v71"
    if 72 == x:
        return "v72"
    if 73 == x:
        return "v73"
    if 74 == x:
        return "v74"
    if 75 == x:
        return "v75"
    if 76 == x:
        return "v76"
    if 77 == x:
        return "v77"
    if 78 == x:
        return "v78"
    if 79 == x:
        return "v79"
    if 80 == x:
        return "v80"
    if 81 == x:
        return "v81"
    if 82 == x:
        return "v82"
    if 83 == x:
        return "v83"
    if 84 == x:
        return "v84"
    if 85 == x:
        return "v85"
    if 86 == x:
        return "v86"
    if 87 == x:
        return "v87"
    if 88 == x:
        return "v88"
    if 89 == x:
        return "v89"
    if 90 == x:
        return "v90"
    if 91 == x:
        return "v91"
    if 92 == x:
        return "v92"
    if 93 == x:
        return "v93"
    if 94 == x:
        return "v94"
    if 95 == x:
        return "v95"
    if 96 == x:
        return "v96"
    if 97 == x:
        return "v97"
    if 98 == x:
        return "v98"
    if 99 == x:
        return "v99"
    if 100 == x:
        return "v100"
    if 101 == x:
        return "v101"
    if 102 == x:
        return "v102"
    if 103 == x:
        return "v103"
    if 104 == x:
        return "v104"
    if 105 == x:
        return "v105"
    if 106 == x:
        return "v106"
    if 107 == x:
        return "v107"
    if 108 == x:
        return "v108"
    if 109 == x:
        return "v109"
    if 110 == x:
        return "v110"
    if 111 == x:
        return "v111"
    if 112 == x:
        return "v112"
    if 113 == x:
        return "v113"
    if 114 == x:
        return "v114"
    if 115 == x:
        return "v115"
    if 116 == x:
        return "v116"
    if 117 == x:
        return "v117"
    if 118 == x:
        return "v118"
    if 119 == x:
        return "v119"
    if 120 == x:
        return "v120"
    if 121 == x:
        return "v121"
    if 122 == x:
        return "v122"
    if 123 == x:
        return "v123"
    if 124 == x:
        return "v124"
    if 125 == x:
        return "v125"
    if 126 == x:
        return "v126"
    if 127 == x:
        return "v127"
    if 128 == x:
        return "v128"
    if 129 == x:
        return "v129"
    if 130 == x:
        return "v130"
    if 131 == x:
        return "v131"
    if 132 == x:
        return "v132"
    if 133 == x:
        return "v133"
    if 134 == x:
        return "v134"
    if 135 == x:
        return "v135"
    if 136 == x:
        return "v136"
    if 137 == x:
        return "v137"
    if 138 == x:
        return "v138"
    if 139 == x:
        return "v139"
    if 140 == x:
        return "v140"
    if 141 == x:
        return "v141"
    if 142 == x:
        return "v142"
    if 143 == x:
        return "v143"
    if 144 == x:
        return "v144"
    if 145 == x:
        return "v145"
    if 146 == x:
        return "v146"
    if 147 == x:
        return "v147"
    if 148 == x:
        return "v148"
    if 149 == x:
        return "v149"
    if 150 == x:
        return "v150"
    if 151 == x:
        return "v151"
    if 152 == x:
        return "v152"
    if 153 == x:
        return "v153"
    if 154 == x:
        return "v154"
    if 155 == x:
        return "v155"
    if 156 == x:
        return "v156"
    if 157 == x:
        return "v157"
    if 158 == x:
        return "v158"
    if 159 == x:
        return "v159"
    if 160 == x:
        return "v160"
    if 161 == x:
        return "v161"
    if 162 == x:
        return "v162"
    if 163 == x:
        return "v163"
    if 164 == x:
        return "v164"
    if 165 == x:
        return "v165"
    if 166 == x:
        return "v166"
    if 167 == x:
        return "v167"
    if 168 == x:
        return "v168"
    if 169 == x:
        return "v169"
    if 170 == x:
        return "v170"
    if 171 == x:
        return "v171"
    if 172 == x:
        return "v172"
    if 173 == x:
        return "v173"
    if 174 == x:
        return "v174"
    if 175 == x:
        return "v175"
    if 176 == x:
        return "v176"
    if 177 == x:
        return "v177"
    if 178 == x:
        return "v178"
    if 179 == x:
        return "v179"
    if 180 == x:
        return "v180"
    if 181 == x:
        return "v181"
    if 182 == x:
        return "v182"
    if 183 == x:
        return "v183"
    if 184 == x:
        return "v184"
    if 185 == x:
        return "v185"
    if 186 == x:
        return "v186"
    if 187 == x:
        return "v187"
    if 188 == x:
        return "v188"
    if 189 == x:
        return "v189"
    if 190 == x:
        return "v190"
    if 191 == x:
        return "v191"
    if 192 == x:
        return "v192"
    if 193 == x:
        return "v193"
    if 194 == x:
        return "v194"
    if 195 == x:
        return "v195"
    if 196 == x:
        return "v196"
    if 197 == x:
        return "v197"
    if 198 == x:
        return "v198"
    if 199 == x:
        return "v199"
    if 200 == x:
        return "v200"
    if 201 == x:
        return "v201"
    if 202 == x:
        return "v202"
    if 203 == x:
        return "v203"
    if 204 == x:
        return "v204"
    if 205 == x:
        return "v205"
    if 206 == x:
        return "v206"
    if 207 == x:
        return "v207"
    if 208 == x:
        return "v208"
    if 209 == x:
        return "v209"
    if 210 == x:
        return "v210"
    if 211 == x:
        return "v211"
    if 212 == x:
        return "v212"
    if 213 == x:
        return "v213"
    if 214 == x:
        return "v214"
    if 215 == x:
        return "v215"
    if 216 == x:
        return "v216"
    if 217 == x:
        return "v217"
    if 218 == x:
        return "v218"
    if 219 == x:
        return "v219"
    if 220 == x:
        return "v220"
    if 221 == x:
        return "v221"
    if 222 == x:
        return "v222"
    if 223 == x:
        return "v223"
    if 224 == x:
        return "v224"
    if 225 == x:
        return "v225"
    if 226 == x:
        return "v226"
    if 227 == x:
        return "v227"
    if 228 == x:
        return "v228"
    if 229 == x:
        return "v229"
    if 230 == x:
        return "v230"
    if 231 == x:
        return "v231"
    if 232 == x:
        return "v232"
    if 233 == x:
        return "v233"
    if 234 == x:
        return "v234"
    if 235 == x:
        return "v235"
    if 236 == x:
        return "v236"
    if 237 == x:
        return "v237"
    if 238 == x:
        return "v238"
    if 239 == x:
        return "v239"
    if 240 == x:
        return "v240"
    if 241 == x:
        return "v241"
    if 242 == x:
        return "v242"
    if 243 == x:
        return "v243"
    if 244 == x:
        return "v244"
    if 245 == x:
        return "v245"
    if 246 == x:
        return "v246"
    if 247 == x:
        return "v247"
    if 248 == x:
        return "v248"
    if 249 == x:
        return "v249"
    if 250 == x:
        return "v250"
    if 251 == x:
        return "v251"
    if 252 == x:
        return "v252"
    if 253 == x:
        return "v253"
    if 254 == x:
        return "v254"
    if 255 == x:
        return "v255"
    if 256 == x:
        return "v256"
    if 257 == x:
        return "v257"
    if 258 == x:
        return "v258"
    if 259 == x:
        return "v259"
    if 260 == x:
        return "v260"
    if 261 == x:
        return "v261"
    if 262 == x:
        return "v262"
    if 263 == x:
        return "v263"
    if 264 == x:
        return "v264"
    if 265 == x:
        return "v265"
    if 266 == x:
        return "v266"
    if 267 == x:
        return "v267"
    if 268 == x:
        return "v268"
    if 269 == x:
        return "v269"
    if 270 == x:
        return "v270"
    if 271 == x:
        return "v271"
    if 272 == x:
        return "v272"
    if 273 == x:
        return "v273"
    if 274 == x:
        return "v274"
    if 275 == x:
        return "v275"
    if 276 == x:
        return "v276"
    if 277 == x:
        return "v277"
    if 278 == x:
        return "v278"
    if 279 == x:
        return "v279"
    if 280 == x:
        return "v280"
    if 281 == x:
        return "v281"
    if 282 == x:
        return "v282"
    if 283 == x:
        return "v283"
    if 284 == x:
        return "v284"
    if 285 == x:
        return "v285"
    if 286 == x:
        return "v286"
    if 287 == x:
        return "v287"
    if 288 == x:
        return "v288"
    if 289 == x:
        return "v289"
    if 290 == x:
        return "v290"
    if 291 == x:
        return "v291"
    if 292 == x:
        return "v292"
    if 293 == x:
        return "v293"
    if 294 == x:
        return "v294"
    if 295 == x:
        return "v295"
    if 296 == x:
        return "v296"
    if 297 == x:
        return "v297"
    if 298 == x:
        return "v298"
    if 299 == x:
        return "v299"
    return None
