package scot.cairn.tendering.web;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import scot.cairn.tendering.OpenContracting;

/** A partnership's open contracting data for anyone, without an account, once the board turned its public page on. */
@RestController
class PublicOpenContractingController {

    private final OpenContracting openData;

    PublicOpenContractingController(OpenContracting openData) {
        this.openData = openData;
    }

    @GetMapping(value = "/public/partnerships/{id}/ocds/release-package.json", produces = "application/json")
    Map<String, Object> releasePackage(@PathVariable long id) {
        return openData.publishedReleasePackage(id);
    }

    @GetMapping(value = "/public/partnerships/{id}/ocds/record-package.json", produces = "application/json")
    Map<String, Object> recordPackage(@PathVariable long id) {
        return openData.publishedRecordPackage(id);
    }
}
