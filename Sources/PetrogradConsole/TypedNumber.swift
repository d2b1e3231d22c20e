/// A number as a player types it: with the ASCII digits 0–9 or the Devanagari digits ०–९ (what Hindi
/// keyboard layouts such as InScript type), in any mix.
///
/// Other scripts' digits (Arabic-Indic ٣, full-width ３) are not read as numbers: the player then gets the
/// usual "not understood" answer, never a wrong choice. A run of digits too long for an `Int` is still a
/// number, just one that matches no choice.
package enum TypedNumber {
    /// The whole number `text` spells, or nil when it is not only digits (an optional leading `+`).
    package static func value(of text: String) -> Int? {
        var scalars = Substring(text).unicodeScalars[...]
        if scalars.first == "+" { scalars = scalars.dropFirst() }
        guard !scalars.isEmpty else { return nil }
        var value = 0
        var overflowed = false
        for scalar in scalars {
            guard let digit = digit(scalar) else { return nil }
            if !overflowed {
                let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
                let (sum, overflow2) = times.addingReportingOverflow(digit)
                if overflow1 || overflow2 { overflowed = true } else { value = sum }
            }
        }
        return overflowed ? Int.max : value
    }

    /// The value of one ASCII or Devanagari digit.
    static func digit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x30...0x39: Int(scalar.value - 0x30)
        case 0x966...0x96F: Int(scalar.value - 0x966)
        default: nil
        }
    }
}
