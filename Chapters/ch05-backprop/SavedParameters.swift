import NeuralNet
import NumSwift
import Workbook

/// The parameters saved in the file at `path` (by an earlier `--save`), checked against `network`'s
/// names and shapes; anything else (a missing, empty, truncated or foreign file, another format
/// version, another network shape) ends the run with one line on stderr and exit status 1.
func savedParametersOrExit(from path: String, fitting network: TwoLayerNet) -> Parameters {
    do {
        let loaded = try ParameterFile.load(from: path)
        try ParameterFile.checkCompatible(loaded, with: network.params)
        return loaded
    } catch ParameterFileError.io(_, let reason) {
        fail("--load \(path): \(reason)")
    } catch {
        fail("--load \(path): \(error)")
    }
}

/// `network` with its parameters replaced by `parameters` (already checked to fit).
func replacingParameters(of network: TwoLayerNet, with parameters: Parameters) -> TwoLayerNet {
    var copy = network
    copy.params = parameters
    return copy
}
