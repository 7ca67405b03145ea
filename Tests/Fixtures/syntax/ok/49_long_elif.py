def dispatch(op, a, b):
    if op == 0:
        return a
    elif op == 1:
        return a + 1 * b
    elif op == 2:
        return a + 2 * b
    elif op == 3:
        return a + 3 * b
    elif op == 4:
        return a + 4 * b
    elif op == 5:
        return a + 5 * b
    elif op == 6:
        return a + 6 * b
    elif op == 7:
        return a + 7 * b
    elif op == 8:
        return a + 8 * b
    elif op == 9:
        return a + 9 * b
    elif op == 10:
        return a + 10 * b
    elif op == 11:
        return a + 11 * b
    elif op == 12:
        return a + 12 * b
    elif op == 13:
        return a + 13 * b
    elif op == 14:
        return a + 14 * b
    elif op == 15:
        return a + 15 * b
    elif op == 16:
        return a + 16 * b
    elif op == 17:
        return a + 17 * b
    elif op == 18:
        return a + 18 * b
    elif op == 19:
        return a + 19 * b
    elif op == 20:
        return a + 20 * b
    elif op == 21:
        return a + 21 * b
    elif op == 22:
        return a + 22 * b
    elif op == 23:
        return a + 23 * b
    elif op == 24:
        return a + 24 * b
    elif op == 25:
        return a + 25 * b
    elif op == 26:
        return a + 26 * b
    elif op == 27:
        return a + 27 * b
    elif op == 28:
        return a + 28 * b
    elif op == 29:
        return a + 29 * b
    elif op == 30:
        return a + 30 * b
    elif op == 31:
        return a + 31 * b
    elif op == 32:
        return a + 32 * b
    elif op == 33:
        return a + 33 * b
    elif op == 34:
        return a + 34 * b
    elif op == 35:
        return a + 35 * b
    elif op == 36:
        return a + 36 * b
    elif op == 37:
        return a + 37 * b
    elif op == 38:
        return a + 38 * b
    elif op == 39:
        return a + 39 * b
    elif op == 40:
        return a + 40 * b
    elif op == 41:
        return a + 41 * b
    elif op == 42:
        return a + 42 * b
    elif op == 43:
        return a + 43 * b
    elif op == 44:
        return a + 44 * b
    elif op == 45:
        return a + 45 * b
    elif op == 46:
        return a + 46 * b
    elif op == 47:
        return a + 47 * b
    elif op == 48:
        return a + 48 * b
    elif op == 49:
        return a + 49 * b
    elif op == 50:
        return a + 50 * b
    elif op == 51:
        return a + 51 * b
    elif op == 52:
        return a + 52 * b
    elif op == 53:
        return a + 53 * b
    elif op == 54:
        return a + 54 * b
    elif op == 55:
        return a + 55 * b
    elif op == 56:
        return a + 56 * b
    elif op == 57:
        return a + 57 * b
    elif op == 58:
        return a + 58 * b
    elif op == 59:
        return a + 59 * b
    elif op == 60:
        return a + 60 * b
    elif op == 61:
        return a + 61 * b
    elif op == 62:
        return a + 62 * b
    elif op == 63:
        return a + 63 * b
    elif op == 64:
        return a + 64 * b
    elif op == 65:
        return a + 65 * b
    elif op == 66:
        return a + 66 * b
    elif op == 67:
        return a + 67 * b
    elif op == 68:
        return a + 68 * b
    elif op == 69:
        return a + 69 * b
    elif op == 70:
        return a + 70 * b
    elif op == 71:
        return a + 71 * b
    elif op == 72:
        return a + 72 * b
    elif op == 73:
        return a + 73 * b
    elif op == 74:
        return a + 74 * b
    elif op == 75:
        return a + 75 * b
    elif op == 76:
        return a + 76 * b
    elif op == 77:
        return a + 77 * b
    elif op == 78:
        return a + 78 * b
    elif op == 79:
        return a + 79 * b
    elif op == 80:
        return a + 80 * b
    elif op == 81:
        return a + 81 * b
    elif op == 82:
        return a + 82 * b
    elif op == 83:
        return a + 83 * b
    elif op == 84:
        return a + 84 * b
    elif op == 85:
        return a + 85 * b
    elif op == 86:
        return a + 86 * b
    elif op == 87:
        return a + 87 * b
    elif op == 88:
        return a + 88 * b
    elif op == 89:
        return a + 89 * b
    elif op == 90:
        return a + 90 * b
    elif op == 91:
        return a + 91 * b
    elif op == 92:
        return a + 92 * b
    elif op == 93:
        return a + 93 * b
    elif op == 94:
        return a + 94 * b
    elif op == 95:
        return a + 95 * b
    elif op == 96:
        return a + 96 * b
    elif op == 97:
        return a + 97 * b
    elif op == 98:
        return a + 98 * b
    elif op == 99:
        return a + 99 * b
    elif op == 100:
        return a + 100 * b
    elif op == 101:
        return a + 101 * b
    elif op == 102:
        return a + 102 * b
    elif op == 103:
        return a + 103 * b
    elif op == 104:
        return a + 104 * b
    elif op == 105:
        return a + 105 * b
    elif op == 106:
        return a + 106 * b
    elif op == 107:
        return a + 107 * b
    elif op == 108:
        return a + 108 * b
    elif op == 109:
        return a + 109 * b
    elif op == 110:
        return a + 110 * b
    elif op == 111:
        return a + 111 * b
    elif op == 112:
        return a + 112 * b
    elif op == 113:
        return a + 113 * b
    elif op == 114:
        return a + 114 * b
    elif op == 115:
        return a + 115 * b
    elif op == 116:
        return a + 116 * b
    elif op == 117:
        return a + 117 * b
    elif op == 118:
        return a + 118 * b
    elif op == 119:
        return a + 119 * b
    elif op == 120:
        return a + 120 * b
    elif op == 121:
        return a + 121 * b
    elif op == 122:
        return a + 122 * b
    elif op == 123:
        return a + 123 * b
    elif op == 124:
        return a + 124 * b
    elif op == 125:
        return a + 125 * b
    elif op == 126:
        return a + 126 * b
    elif op == 127:
        return a + 127 * b
    elif op == 128:
        return a + 128 * b
    elif op == 129:
        return a + 129 * b
    elif op == 130:
        return a + 130 * b
    elif op == 131:
        return a + 131 * b
    elif op == 132:
        return a + 132 * b
    elif op == 133:
        return a + 133 * b
    elif op == 134:
        return a + 134 * b
    elif op == 135:
        return a + 135 * b
    elif op == 136:
        return a + 136 * b
    elif op == 137:
        return a + 137 * b
    elif op == 138:
        return a + 138 * b
    elif op == 139:
        return a + 139 * b
    elif op == 140:
        return a + 140 * b
    elif op == 141:
        return a + 141 * b
    elif op == 142:
        return a + 142 * b
    elif op == 143:
        return a + 143 * b
    elif op == 144:
        return a + 144 * b
    elif op == 145:
        return a + 145 * b
    elif op == 146:
        return a + 146 * b
    elif op == 147:
        return a + 147 * b
    elif op == 148:
        return a + 148 * b
    elif op == 149:
        return a + 149 * b
    elif op == 150:
        return a + 150 * b
    elif op == 151:
        return a + 151 * b
    elif op == 152:
        return a + 152 * b
    elif op == 153:
        return a + 153 * b
    elif op == 154:
        return a + 154 * b
    elif op == 155:
        return a + 155 * b
    elif op == 156:
        return a + 156 * b
    elif op == 157:
        return a + 157 * b
    elif op == 158:
        return a + 158 * b
    elif op == 159:
        return a + 159 * b
    elif op == 160:
        return a + 160 * b
    elif op == 161:
        return a + 161 * b
    elif op == 162:
        return a + 162 * b
    elif op == 163:
        return a + 163 * b
    elif op == 164:
        return a + 164 * b
    elif op == 165:
        return a + 165 * b
    elif op == 166:
        return a + 166 * b
    elif op == 167:
        return a + 167 * b
    elif op == 168:
        return a + 168 * b
    elif op == 169:
        return a + 169 * b
    elif op == 170:
        return a + 170 * b
    elif op == 171:
        return a + 171 * b
    elif op == 172:
        return a + 172 * b
    elif op == 173:
        return a + 173 * b
    elif op == 174:
        return a + 174 * b
    elif op == 175:
        return a + 175 * b
    elif op == 176:
        return a + 176 * b
    elif op == 177:
        return a + 177 * b
    elif op == 178:
        return a + 178 * b
    elif op == 179:
        return a + 179 * b
    elif op == 180:
        return a + 180 * b
    elif op == 181:
        return a + 181 * b
    elif op == 182:
        return a + 182 * b
    elif op == 183:
        return a + 183 * b
    elif op == 184:
        return a + 184 * b
    elif op == 185:
        return a + 185 * b
    elif op == 186:
        return a + 186 * b
    elif op == 187:
        return a + 187 * b
    elif op == 188:
        return a + 188 * b
    elif op == 189:
        return a + 189 * b
    elif op == 190:
        return a + 190 * b
    elif op == 191:
        return a + 191 * b
    elif op == 192:
        return a + 192 * b
    elif op == 193:
        return a + 193 * b
    elif op == 194:
        return a + 194 * b
    elif op == 195:
        return a + 195 * b
    elif op == 196:
        return a + 196 * b
    elif op == 197:
        return a + 197 * b
    elif op == 198:
        return a + 198 * b
    elif op == 199:
        return a + 199 * b
    elif op == 200:
        return a + 200 * b
    elif op == 201:
        return a + 201 * b
    elif op == 202:
        return a + 202 * b
    elif op == 203:
        return a + 203 * b
    elif op == 204:
        return a + 204 * b
    elif op == 205:
        return a + 205 * b
    elif op == 206:
        return a + 206 * b
    elif op == 207:
        return a + 207 * b
    elif op == 208:
        return a + 208 * b
    elif op == 209:
        return a + 209 * b
    elif op == 210:
        return a + 210 * b
    elif op == 211:
        return a + 211 * b
    elif op == 212:
        return a + 212 * b
    elif op == 213:
        return a + 213 * b
    elif op == 214:
        return a + 214 * b
    elif op == 215:
        return a + 215 * b
    elif op == 216:
        return a + 216 * b
    elif op == 217:
        return a + 217 * b
    elif op == 218:
        return a + 218 * b
    elif op == 219:
        return a + 219 * b
    elif op == 220:
        return a + 220 * b
    elif op == 221:
        return a + 221 * b
    elif op == 222:
        return a + 222 * b
    elif op == 223:
        return a + 223 * b
    elif op == 224:
        return a + 224 * b
    elif op == 225:
        return a + 225 * b
    elif op == 226:
        return a + 226 * b
    elif op == 227:
        return a + 227 * b
    elif op == 228:
        return a + 228 * b
    elif op == 229:
        return a + 229 * b
    elif op == 230:
        return a + 230 * b
    elif op == 231:
        return a + 231 * b
    elif op == 232:
        return a + 232 * b
    elif op == 233:
        return a + 233 * b
    elif op == 234:
        return a + 234 * b
    elif op == 235:
        return a + 235 * b
    elif op == 236:
        return a + 236 * b
    elif op == 237:
        return a + 237 * b
    elif op == 238:
        return a + 238 * b
    elif op == 239:
        return a + 239 * b
    elif op == 240:
        return a + 240 * b
    elif op == 241:
        return a + 241 * b
    elif op == 242:
        return a + 242 * b
    elif op == 243:
        return a + 243 * b
    elif op == 244:
        return a + 244 * b
    elif op == 245:
        return a + 245 * b
    elif op == 246:
        return a + 246 * b
    elif op == 247:
        return a + 247 * b
    elif op == 248:
        return a + 248 * b
    elif op == 249:
        return a + 249 * b
    elif op == 250:
        return a + 250 * b
    elif op == 251:
        return a + 251 * b
    elif op == 252:
        return a + 252 * b
    elif op == 253:
        return a + 253 * b
    elif op == 254:
        return a + 254 * b
    elif op == 255:
        return a + 255 * b
    elif op == 256:
        return a + 256 * b
    elif op == 257:
        return a + 257 * b
    elif op == 258:
        return a + 258 * b
    elif op == 259:
        return a + 259 * b
    elif op == 260:
        return a + 260 * b
    elif op == 261:
        return a + 261 * b
    elif op == 262:
        return a + 262 * b
    elif op == 263:
        return a + 263 * b
    elif op == 264:
        return a + 264 * b
    elif op == 265:
        return a + 265 * b
    elif op == 266:
        return a + 266 * b
    elif op == 267:
        return a + 267 * b
    elif op == 268:
        return a + 268 * b
    elif op == 269:
        return a + 269 * b
    elif op == 270:
        return a + 270 * b
    elif op == 271:
        return a + 271 * b
    elif op == 272:
        return a + 272 * b
    elif op == 273:
        return a + 273 * b
    elif op == 274:
        return a + 274 * b
    elif op == 275:
        return a + 275 * b
    elif op == 276:
        return a + 276 * b
    elif op == 277:
        return a + 277 * b
    elif op == 278:
        return a + 278 * b
    elif op == 279:
        return a + 279 * b
    elif op == 280:
        return a + 280 * b
    elif op == 281:
        return a + 281 * b
    elif op == 282:
        return a + 282 * b
    elif op == 283:
        return a + 283 * b
    elif op == 284:
        return a + 284 * b
    elif op == 285:
        return a + 285 * b
    elif op == 286:
        return a + 286 * b
    elif op == 287:
        return a + 287 * b
    elif op == 288:
        return a + 288 * b
    elif op == 289:
        return a + 289 * b
    elif op == 290:
        return a + 290 * b
    elif op == 291:
        return a + 291 * b
    elif op == 292:
        return a + 292 * b
    elif op == 293:
        return a + 293 * b
    elif op == 294:
        return a + 294 * b
    elif op == 295:
        return a + 295 * b
    elif op == 296:
        return a + 296 * b
    elif op == 297:
        return a + 297 * b
    elif op == 298:
        return a + 298 * b
    elif op == 299:
        return a + 299 * b
    else:
        raise ValueError(op)
