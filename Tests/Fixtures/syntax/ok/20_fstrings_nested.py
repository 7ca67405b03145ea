width = 10
value = 3.14159
s1 = f"{value:{width}}"
s2 = f"{value:{width}.{2}f}"
s3 = f"{value:>{width}}"
s4 = f"result: {f'{value:.2f}'}"
s5 = f'{"nested " + f"{value}"}'
s6 = f"{value!r:{width}}"
s7 = f"{'a' 'b'}"
s8 = f"{[x for x in range(3)]}"
s9 = f"{ {'k': 1}['k'] }"
s10 = f"{value:{'>' if True else '<'}{width}}"
s11 = f"a" "b" f"{c}" "d" f"e{f}g"
s12 = "plain " f"{value}" " tail"
s13 = f"""multi
line {value}
  and {width:>{width}}"""
s14 = f'''{
value
}'''
s15 = f"{value:{width}x{width}y}"
