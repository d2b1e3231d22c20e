import PetrogradConsole
import Testing

@Suite struct TerminalTests {
    @Test func theTerminalsOwnWidthComesFirst() {
        #expect(Terminal.width(reportedColumns: 132, environment: ["COLUMNS": "100"]) == 132)
    }

    @Test func columnsFromTheEnvironmentServeWhenTheTerminalCannotSay() {
        #expect(Terminal.width(reportedColumns: nil, environment: ["COLUMNS": "100"]) == 100)
        #expect(Terminal.width(reportedColumns: 0, environment: ["COLUMNS": "100"]) == 100)
    }

    @Test func eightyColumnsAreAssumedWhenNothingSays() {
        #expect(Terminal.width(reportedColumns: nil, environment: [:]) == 80)
        #expect(Terminal.width(reportedColumns: nil, environment: ["COLUMNS": "wide"]) == 80)
        #expect(Terminal.width(reportedColumns: nil, environment: ["COLUMNS": "-3"]) == 80)
    }

    @Test func anAbsurdWidthIsKeptWithinWhatATerminalCanReport() {
        #expect(Terminal.width(reportedColumns: nil, environment: ["COLUMNS": "9223372036854775807"]) == Terminal.maximumWidth)
        #expect(Terminal.width(reportedColumns: Int.max, environment: [:]) == Terminal.maximumWidth)
        #expect(Terminal.width(reportedColumns: nil, environment: ["COLUMNS": "99999999999999999999999"]) == 80, "too big to be a number at all")
        #expect(Terminal.maximumWidth == 65_535)
    }

    @Test func colourNeedsATerminal() {
        #expect(Terminal.allowsColour(environment: ["TERM": "xterm"], outputIsTerminal: true))
        #expect(!Terminal.allowsColour(environment: ["TERM": "xterm"], outputIsTerminal: false))
    }

    @Test func noColorWithAnyValueOrADumbTerminalTurnsColourOff() {
        #expect(!Terminal.allowsColour(environment: ["TERM": "xterm", "NO_COLOR": ""], outputIsTerminal: true))
        #expect(!Terminal.allowsColour(environment: ["TERM": "xterm", "NO_COLOR": "1"], outputIsTerminal: true))
        #expect(!Terminal.allowsColour(environment: ["TERM": "dumb"], outputIsTerminal: true))
    }

    @Test func stylesAreEscapeCodesWhenColourIsOn() {
        let style = TerminalStyle(isColourEnabled: true)
        #expect(style.bold("Lenin") == "\u{1B}[1mLenin\u{1B}[22m")
        #expect(style.coloured("लाल", .red) == "\u{1B}[31mलाल\u{1B}[39m")
        #expect(style.underlined("x") == "\u{1B}[4mx\u{1B}[24m")
    }

    @Test func stylesReturnThePlainTextWhenColourIsOff() {
        let style = TerminalStyle.plain
        #expect(style.bold("Lenin") == "Lenin")
        #expect(style.dim("a") == "a")
        #expect(style.italic("a") == "a")
        #expect(style.coloured("लाल", .red) == "लाल")
    }
}
