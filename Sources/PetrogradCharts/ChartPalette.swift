/// The colours of a chart's series, chosen to stay apart in print and for the commonest colour blindness
/// (Okabe and Ito's palette); series also differ by dash, so a black-and-white printout still tells them apart.
public enum ChartPalette {
    public static let colours = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"]
    public static let dashes = ["", "6 3", "2 2", "8 3 2 3"]

    public static func colour(_ index: Int) -> String { colours[((index % colours.count) + colours.count) % colours.count] }
    public static func dash(_ index: Int) -> String { dashes[((index / colours.count) % dashes.count + dashes.count) % dashes.count] }
}
