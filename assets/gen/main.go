// Command gen regenerates the embedded unit lists (units-*.tsv.gz) from the
// official source files in ./source. Run it from the assets directory, as
// `go generate` does:
//
//	go generate ./assets/
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"

	"tdkt/assets/internal/unitgen"
)

func main() {
	src := flag.String("src", "source", "directory holding the source files")
	out := flag.String("out", ".", "directory to write the .tsv.gz files to")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("gen: ")

	files, err := unitgen.Generate(*src)
	if err != nil {
		log.Fatal(err)
	}
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		path := filepath.Join(*out, name)
		if err := os.WriteFile(path, files[name], 0o644); err != nil {
			log.Fatal(err)
		}
		fmt.Printf("gen: wrote %s (%d bytes)\n", path, len(files[name]))
	}
}
