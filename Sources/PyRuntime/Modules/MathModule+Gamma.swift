import Foundation

/// `math.gamma` and `math.lgamma` as CPython computes them (mathmodule.c `m_tgamma`,
/// `m_lgamma`: Lanczos' approximation with g = 6.0247 and N = 13), so results agree with CPython
/// to the last bit rather than with the C library's tgamma.
extension MathModule {
    private static let lanczosG = 6.024680040776729583740234375
    private static let lanczosGMinusHalf = 5.524680040776729583740234375
    private static let lanczosNum: [Double] = [
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    ]
    private static let lanczosDen: [Double] = [
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0,
        357423.0, 32670.0, 1925.0, 66.0, 1.0,
    ]
    private static let gammaIntegral: [Double] = [
        1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0,
        479001600.0, 6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0,
        355687428096000.0, 6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
        51090942171709440000.0, 1124000727777607680000.0,
    ]

    private static func lanczosSum(_ x: Double) -> Double {
        var num = 0.0, den = 0.0
        if x < 5.0 {
            for i in stride(from: 12, through: 0, by: -1) {
                num = num * x + lanczosNum[i]
                den = den * x + lanczosDen[i]
            }
        } else {
            for i in 0..<13 {
                num = num / x + lanczosNum[i]
                den = den / x + lanczosDen[i]
            }
        }
        return num / den
    }

    /// sin(pi * x), exact at the integers and half-integers.
    private static func sinpi(_ x: Double) -> Double {
        let y = Foundation.fmod(Swift.abs(x), 2.0)
        let n = Int((2.0 * y).rounded())
        let r: Double
        switch n {
        case 0: r = Foundation.sin(Double.pi * y)
        case 1: r = Foundation.cos(Double.pi * (y - 0.5))
        case 2: r = Foundation.sin(Double.pi * (1.0 - y))
        case 3: r = -Foundation.cos(Double.pi * (y - 1.5))
        default: r = Foundation.sin(Double.pi * (y - 2.0))
        }
        return Foundation.copysign(1.0, x) * r
    }

    /// `math.gamma(x)`.
    static func tgamma(_ x: Double) throws(PyException) -> Double {
        if !x.isFinite {
            if x.isNaN || x > 0 { return x }
            throw domainError()
        }
        if x == 0 { throw domainError() }
        if x == x.rounded(.down) {
            if x < 0 { throw domainError() }
            if x <= 23 { return gammaIntegral[Int(x) - 1] }
        }
        let absx = Swift.abs(x)
        if absx < 1e-20 {
            let r = 1.0 / x
            if r.isInfinite { throw rangeError() }
            return r
        }
        if absx > 200 {
            if x < 0 { return 0.0 / sinpi(x) }
            throw rangeError()
        }
        let y = absx + lanczosGMinusHalf
        var z: Double
        if absx > lanczosGMinusHalf {
            let q = y - absx
            z = q - lanczosGMinusHalf
        } else {
            let q = y - lanczosGMinusHalf
            z = q - absx
        }
        z = z * lanczosG / y
        var r: Double
        if x < 0 {
            r = -Double.pi / sinpi(absx) / absx * Foundation.exp(y) / lanczosSum(absx)
            r -= z * r
            if absx < 140 {
                r /= Foundation.pow(y, absx - 0.5)
            } else {
                let sqrtpow = Foundation.pow(y, absx / 2.0 - 0.25)
                r /= sqrtpow
                r /= sqrtpow
            }
        } else {
            r = lanczosSum(absx) / Foundation.exp(y)
            r += z * r
            if absx < 140 {
                r *= Foundation.pow(y, absx - 0.5)
            } else {
                let sqrtpow = Foundation.pow(y, absx / 2.0 - 0.25)
                r *= sqrtpow
                r *= sqrtpow
            }
        }
        if r.isInfinite { throw rangeError() }
        return r
    }

    /// `math.lgamma(x)`: log |gamma(x)|.
    static func lgamma(_ x: Double) throws(PyException) -> Double {
        if !x.isFinite { return x.isNaN ? x : .infinity }
        if x == x.rounded(.down) && x <= 2 {
            if x <= 0 { throw domainError() }
            return 0
        }
        let absx = Swift.abs(x)
        if absx < 1e-20 { return -Foundation.log(absx) }
        var r = Foundation.log(lanczosSum(absx)) - lanczosG
        r += (absx - 0.5) * (Foundation.log(absx + lanczosG - 0.5) - 1)
        if x < 0 {
            r = Foundation.log(Double.pi) - Foundation.log(Swift.abs(sinpi(absx))) - Foundation.log(absx) - r
        }
        if r.isInfinite { throw rangeError() }
        return r
    }
}
